"""Isolation for one program run: its own uid, namespaces, filesystem view, memory cgroup and limits.

Started as root (CI, containers), each run gets:

- a uid of its own from a pool (61000 and up, no passwd entry needed), so that RLIMIT_NPROC caps a fork
  bomb, the program cannot write anything root owns, and every process it left behind can be killed by uid;
- fresh network, IPC and PID namespaces: no network, no host socket reachable through the network stack,
  no SysV IPC object shared with the host or left behind, and a /proc that shows only its own processes
  (mounted ``hidepid=invisible``: not even the small root-owned init that relays its exit status);
- a mount namespace in which the whole tree is read-only, the host's personal directories and the checkout
  are hidden (``hidden_directories``), /run is an empty tmpfs (its own /run/lock, its IPC namespace's POSIX
  message queues at /run/mqueue, no host sockets), and /tmp, /var/tmp and /dev/shm are its private directory;
- a memory cgroup of its own where the machine lets us make one (``MEMORY_LIMIT`` over all its processes
  together, and the kernel's OOM kills counted as evidence for OutOfMemory); else the documented bound is
  RLIMIT_AS times RLIMIT_NPROC;
- the kernel's keyrings refused by a seccomp filter (a uid's keyring outlives its processes);
- limits on address space, file size (its output goes to files, so this caps output), processes and core
  dumps, a new session, closed stdin.

Started as an ordinary user, only the limits, the session and the private directory apply (documented
fallback: no uid switch, no namespaces, no cgroup).
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import fcntl
import os
import queue
import resource
import secrets
import shutil
import signal
import stat
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NoReturn

from emitters.base import OUTPUT_LIMIT  # bytes a program may write (stdout and stderr go to files)

MEMORY_LIMIT = 2 << 30  # address space per process, and memory of all its processes together (cgroup)
PROCESS_LIMIT = 64  # processes per sandbox uid
KILL_PATIENCE = 10.0  # seconds kill_all waits for a uid's killed processes to be gone
UID_BASE = 61000
UID_COUNT = 64
UNTRACEABLE_GID_OFFSET = UID_COUNT  # a warm worker's real gid: its uid plus this (a gid nothing owns)
# The exit code, and the first words on stderr, of a process whose sandbox could not be set up (it never
# ran the program); a program can forge them, which only gets it run again.
SETUP_FAILED = 125
SETUP_FAILED_MARK = "testcompiler: sandbox set-up failed:"

_CLONE_NEWNS = 0x00020000
_CLONE_NEWNET = 0x40000000
_CLONE_NEWIPC = 0x08000000
_CLONE_NEWPID = 0x20000000
_NAMESPACES = _CLONE_NEWNS | _CLONE_NEWNET | _CLONE_NEWIPC | _CLONE_NEWPID
_MS_NOSUID, _MS_NODEV, _MS_NOEXEC = 2, 4, 8
_MS_REC = 0x4000
_MS_PRIVATE = 1 << 18
_MS_BIND = 4096
_SYS_MOUNT_SETATTR = 442  # x86_64 and arm64 alike
_AT_FDCWD = -100
_AT_RECURSIVE = 0x8000
_MOUNT_ATTR_RDONLY = 1
MQUEUE_DIR = b"/run/mqueue"
_PRIVATE_DIRS = (b"/var/tmp", b"/dev/shm", b"/tmp")  # /tmp last: the job dir itself may live under it
# Personal directories of the host, hidden under an empty tmpfs (with the checkout and the executor's cwd).
_HIDDEN = ("/home", "/root", "/srv", "/mnt", "/media")
# What interpreters need: never hidden, and neither is a directory above or below one of them.
_SYSTEM = ("/usr", "/etc", "/lib", "/lib64", "/bin", "/sbin", "/opt", "/nix", "/var/lib", "/proc", "/sys",
           "/dev", tempfile.gettempdir())  # fmt: skip


class _MountAttr(ctypes.Structure):
    _fields_ = [(name, ctypes.c_uint64) for name in ("attr_set", "attr_clr", "propagation", "userns_fd")]


@dataclass(frozen=True)
class Slot:
    """Where one program runs: its directory and, as root, its uid and memory cgroup."""

    directory: Path
    uid: int | None
    cgroup: Path | None = None


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
    """A private directory (and uid and memory cgroup, as root) for one run; afterwards every process of
    that uid is killed, and the directory and cgroup removed."""
    _become_subreaper()
    uid = _take_uid() if is_root() else None
    directory = Path(tempfile.mkdtemp(prefix="testcompiler-"))
    group = _make_cgroup(uid) if uid is not None else None
    try:
        if uid is not None:
            os.chown(directory, uid, uid)
        yield Slot(directory, uid, group)
    finally:
        # A uid whose leftovers outlast kill_all stays held (its lock kept) for as long as this process
        # lives: they would count against the next run's process limit, and a program short of processes
        # (a runtime that cannot start its threads) would die in a way that is not its own doing.
        cleared = uid is not None and kill_all(uid)
        if group is not None:
            _remove_cgroup(group)
        discard(directory)
        # Only now: the uid's next holder (another thread) makes its cgroup at the same path, which a
        # removal after this would take from under its program (killed, or its set-up failing).
        if uid is not None and cleared:
            _give_back_uid(uid)


# --- finished runs' directories: out of reach at once, deleted in the background ----------------------

_trash_lock = threading.Lock()
_trash: dict[int, Path] = {}  # per process (a forked copy makes its own)
_doomed: queue.SimpleQueue[Path] = queue.SimpleQueue()


def discard(path: Path) -> None:
    """Delete a finished run's directory off the caller's path. Deleting a directory can cost milliseconds (2
    to 4 ms here, where the disk is mounted with online discard), as much as a fast program's whole run: the
    directory is renamed at once into a private trash directory of root's (0700: no sandbox uid reaches it
    from there), and a background thread deletes it. Where the rename fails, it is deleted here."""
    trash = _trash_directory()
    if trash is not None:
        try:
            os.rename(path, trash / f"{path.name}-{secrets.token_hex(6)}")
        except OSError:
            pass
        else:
            _doomed.put(trash)
            return
    shutil.rmtree(path, ignore_errors=True)


def _trash_directory() -> Path | None:
    with _trash_lock:
        trash = _trash.get(os.getpid())
        if trash is None:
            try:
                trash = Path(tempfile.mkdtemp(prefix="testcompiler-trash-"))  # mode 0700
            except OSError:
                return None
            _trash[os.getpid()] = trash
            threading.Thread(target=_empty_trash, daemon=True, name="testcompiler-trash").start()
            atexit.register(shutil.rmtree, trash, True)
        return trash


def _empty_trash() -> None:
    while True:
        trash = _doomed.get()
        with contextlib.suppress(OSError):  # gone at exit
            for entry in os.scandir(trash):
                shutil.rmtree(entry.path, ignore_errors=True)


# --- memory cgroups: one per run, where the machine lets us make one ----------------------------------


@cache
def memory_cgroup_root() -> Path | None:
    """The cgroup directory this process's runs are made under (v2 with the memory controller, or v1's
    memory hierarchy), or None where none is writable."""
    if not is_root():
        return None
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        _, controllers, path = line.split(":", 2)
        if controllers == "":  # v2
            base = Path("/sys/fs/cgroup") / path.lstrip("/")
            try:
                enabled = (base / "cgroup.subtree_control").read_text().split()
            except OSError:
                continue
            if "memory" in enabled and os.access(base, os.W_OK):
                return base
        elif "memory" in controllers.split(","):
            base = Path("/sys/fs/cgroup/memory") / path.lstrip("/")
            if (base / "memory.limit_in_bytes").exists() and os.access(base, os.W_OK):
                return base
    return None


def _make_cgroup(uid: int) -> Path | None:
    root = memory_cgroup_root()
    if root is None:
        return None
    group = root / f"testcompiler-{os.getpid()}-{uid}"
    try:
        if group.exists():  # left by a run that crashed: its counts are not ours
            _remove_cgroup(group)
        group.mkdir()
        v1 = (group / "memory.limit_in_bytes").exists()
        limits = (
            {"memory.limit_in_bytes": MEMORY_LIMIT, "memory.memsw.limit_in_bytes": MEMORY_LIMIT}
            if v1
            else {"memory.max": MEMORY_LIMIT, "memory.swap.max": 0}
        )
        for name, value in limits.items():
            with contextlib.suppress(OSError):  # no swap accounting: the memory limit alone
                (group / name).write_text(str(value))
        return group
    except OSError:
        return None


def oom_killed(group: Path | None) -> bool:
    """Whether the kernel's OOM killer killed a process of this run's cgroup: evidence of running out of
    memory."""
    return oom_kills(group) > 0


def oom_kills(group: Path | None) -> int:
    """How many processes of this cgroup the kernel's OOM killer killed so far."""
    if group is None:
        return 0
    for name in ("memory.events", "memory.oom_control"):
        try:
            text = (group / name).read_text()
        except OSError:
            continue
        for line in text.splitlines():
            key, _, count = line.partition(" ")
            if key == "oom_kill" and count.strip().isdigit():
                return int(count)
    return 0


def _remove_cgroup(group: Path) -> None:
    for _ in range(50):
        try:
            pids = (group / "cgroup.procs").read_text().split()
        except OSError:
            return
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(int(pid), signal.SIGKILL)
        try:
            group.rmdir()
            return
        except OSError:
            time.sleep(0.01)


def kill_all(uid: int, spare: Collection[int] = ()) -> bool:
    """SIGKILL every process of ``uid`` (but those in ``spare``) until none is left (a fork bomb refills the
    gaps); whether none is. Killed processes count against the uid's RLIMIT_NPROC until they are gone and
    reaped, which on a loaded machine takes a while: the loop spins at first, then polls, for up to
    KILL_PATIENCE."""
    deadline = time.monotonic() + KILL_PATIENCE
    attempt = 0
    while True:
        pids = [pid for pid in processes_of(uid) if pid not in spare]
        if not pids:
            return True
        if time.monotonic() > deadline:
            return False
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        for pid in pids:  # orphans were re-parented to us (we are a subreaper): reap them
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)
        attempt += 1
        if attempt > 20:
            time.sleep(0.01)


def cgroup_processes(group: Path | None) -> set[int] | None:
    """The live processes of a run's cgroup (never a zombie), or None where there is none to read. Complete
    for a run that has one: everything it starts is in it, and only root may move a process out."""
    if group is None:
        return None
    try:
        return {int(pid) for pid in (group / "cgroup.procs").read_text().split()}
    except (OSError, ValueError):
        return None


_IPC_RMID = 0
_SHM_INFO, _MSG_INFO, _SEM_INFO = 14, 12, 19


@contextlib.contextmanager
def _ipc_namespace_of(pid: int) -> Iterator[None]:
    """This thread in the IPC namespace process ``pid`` lives in, and back (setns moves the calling thread
    alone; /proc/sysvipc shows the namespace of the thread that reads it)."""
    libc = _libc()
    home = os.open("/proc/thread-self/ns/ipc", os.O_RDONLY | os.O_CLOEXEC)
    try:
        there = os.open(f"/proc/{pid}/ns/ipc", os.O_RDONLY | os.O_CLOEXEC)
        try:
            if libc.setns(there, _CLONE_NEWIPC) != 0:
                raise OSError(ctypes.get_errno(), f"setns into the IPC namespace of {pid}")
        finally:
            os.close(there)
        try:
            yield
        finally:
            if libc.setns(home, _CLONE_NEWIPC) != 0:
                raise OSError(ctypes.get_errno(), f"setns back from the IPC namespace of {pid}")
    finally:
        os.close(home)


def _ipc_listing() -> set[tuple[str, int]]:
    """The SysV IPC objects (shared memory, message queues, semaphore sets) of this thread's namespace."""
    found = set()
    for kind in ("shm", "msg", "sem"):
        for line in Path(f"/proc/sysvipc/{kind}").read_text().splitlines()[1:]:
            found.add((kind, int(line.split()[1])))
    return found


def _ipc_in_use() -> int:
    """How many SysV IPC objects this thread's namespace holds: three syscalls, where reading /proc/sysvipc
    costs some 150 us (shm_info's used_ids, msginfo's msgpool, seminfo's semusz: their fields 0, 0, 7)."""
    libc = _libc()
    buffer = (ctypes.c_int * 16)()
    total = 0
    for call, command, what in ((libc.shmctl, _SHM_INFO, "SHM_INFO"), (libc.msgctl, _MSG_INFO, "MSG_INFO")):
        if call(0, command, buffer) < 0:
            raise OSError(ctypes.get_errno(), what)
        total += buffer[0]
    if libc.semctl(0, 0, _SEM_INFO, buffer) < 0:
        raise OSError(ctypes.get_errno(), "SEM_INFO")
    return total + buffer[7]


def ipc_objects(pid: int) -> set[tuple[str, int]]:
    """The SysV IPC objects, by kind and id, of the IPC namespace process ``pid`` lives in (a worker's: its
    programs share it, as they share its /tmp)."""
    with _ipc_namespace_of(pid):
        return _ipc_listing()


def remove_ipc(pid: int, keep: Collection[tuple[str, int]]) -> bool:
    """Remove every SysV IPC object but ``keep`` from the IPC namespace process ``pid`` lives in: what one
    program of a worker made, gone before the next starts, as a process of its own would have had a
    namespace of its own. Whether none is left."""
    libc = _libc()
    with _ipc_namespace_of(pid):
        if not keep and not _ipc_in_use():  # the usual case: none, then or now
            return True
        for kind, number in _ipc_listing() - set(keep):
            if kind == "shm":
                libc.shmctl(number, _IPC_RMID, None)
            elif kind == "msg":
                libc.msgctl(number, _IPC_RMID, None)
            else:
                libc.semctl(number, 0, _IPC_RMID)
        return _ipc_listing() <= set(keep)


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


def program_pid(started: int, run_slot: Slot) -> int:
    """The host pid of the program a Popen started: with namespaces, Popen's pid is the relay outside the
    namespace, and the program is pid 2 inside it."""
    return host_pid(2, run_slot) or started if uses_namespaces(run_slot) else started


def host_pid(inner: int, run_slot: Slot, known: Collection[int] = ()) -> int | None:
    """The host pid of the run's process that has pid ``inner`` in its own PID namespace (None: gone); the
    processes in ``known`` (a warm worker's own) are asked last."""
    if not uses_namespaces(run_slot) or run_slot.uid is None:
        return inner
    in_group = cgroup_processes(run_slot.cgroup)
    candidates = sorted(in_group) if in_group is not None else processes_of(run_slot.uid)
    for pid in sorted(candidates, key=lambda pid: pid in known):
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("NSpid:") and line.split()[-1] == str(inner):
                return pid
    return None


def hidden_directories(keep: Sequence[str] = ()) -> list[bytes]:
    """What a sandboxed program must not see: the host's personal directories, this checkout and the
    executor's working directory; never one holding a path in ``keep`` (the interpreter)."""
    candidates = {*_HIDDEN, str(Path(__file__).resolve().parents[2]), os.getcwd()}
    kept = [os.path.realpath(path) for path in keep]
    hidden: list[bytes] = []
    for directory in sorted(candidates):
        real = os.path.realpath(directory)
        if not os.path.isdir(real) or any(_overlaps(real, system) for system in _SYSTEM):
            continue
        if any(path == real or path.startswith(real + "/") for path in kept):
            continue
        if any(real.startswith(os.fsdecode(outer) + "/") for outer in hidden):
            continue  # inside a directory already hidden (the cwd inside this checkout): gone with it
        hidden.append(os.fsencode(real))
    return hidden


def _overlaps(path: str, other: str) -> bool:
    path, other = path.rstrip("/") + "/", other.rstrip("/") + "/"
    return path.startswith(other) or other.startswith(path)


def preexec(
    run_slot: Slot,
    *,
    address_space: bool = True,
    namespaces: bool = True,
    keep: Sequence[str] = (),
    untraceable: bool = False,
    show: Sequence[str] = (),
    file_limit: int = OUTPUT_LIMIT,
) -> Callable[[], None]:
    """The function the child runs between fork and exec. Kept to plain system calls: it runs in a
    forked copy of a threaded process. ``keep``: paths the program needs (its interpreter). ``show``:
    paths inside a hidden directory that the program reads (a compiler in the checkout's node_modules/),
    mounted back read-only at their own place. ``file_limit``: RLIMIT_FSIZE, larger than OUTPUT_LIMIT only
    for a command that builds before it runs the program (Runtime.build_file_limit) and lowers it itself.

    ``untraceable`` (a warm worker, whose forked programs share its uid): its real group differs from its
    effective one. The kernel then lets no process without CAP_SYS_PTRACE trace it, read or write its
    memory or open its descriptors through /proc (those need all of a target's uids and gids equal to the
    caller's), and execve marks it not dumpable. The price is glibc's secure mode in the worker: a few
    variables (TMPDIR, LD_*) are dropped from its environment, and secure_getenv finds nothing."""
    directory = os.fsencode(run_slot.directory)
    uid = run_slot.uid
    use_namespaces = namespaces and uses_namespaces(run_slot)
    keyrings = _keyring_program() if uid is not None and seccomp_works() else None
    hidden = hidden_directories(keep) if use_namespaces else []
    shown = [os.fsencode(os.path.realpath(p)) for p in show if os.path.exists(p)] if use_namespaces else []
    procs = os.fsencode(run_slot.cgroup / "cgroup.procs") if run_slot.cgroup else None
    libc = _libc()

    def set_up() -> None:
        # exec keeps the signal mask, and this fork has that of whichever executor thread made it: the
        # program starts with nothing blocked (a blocked SIGXFSZ or SIGPIPE would change how it ends)
        signal.pthread_sigmask(signal.SIG_SETMASK, [])
        if procs is not None:  # before any fork: everything the program starts is in its cgroup
            fd = os.open(procs, os.O_WRONLY)
            os.write(fd, b"0")
            os.close(fd)
        if use_namespaces:
            if libc.unshare(_NAMESPACES) != 0:
                _fail("unshare")
            _mount_view(libc, directory, hidden, shown)
            _relay_through_init(libc)  # returns in the program's process, pid 2 of the new namespace
            os.chdir(b"/tmp")  # the same directory, under the name it has in here
        if address_space:
            resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if uid is not None:
            if keyrings is not None and not _refuse_keyrings(libc, keyrings):
                _fail("seccomp filter")
            resource.setrlimit(resource.RLIMIT_NPROC, (PROCESS_LIMIT, PROCESS_LIMIT))
            os.setgroups([])
            os.setresgid(uid + UNTRACEABLE_GID_OFFSET if untraceable else uid, uid, uid)
            os.setuid(uid)

    def apply() -> None:
        try:
            set_up()
        except BaseException as exc:  # whatever it is, the program must not run
            _fail(repr(exc))

    return apply


# The kernel's keyrings, refused (EPERM) as Docker's default seccomp profile refuses them, so MultiPL-E's
# container too: a uid's user keyring outlives its processes, so a key one program adds would be found by the
# next program of that uid (from the pool, or forked by the same worker). Syscall numbers of add_key,
# request_key and keyctl by audit architecture; x32 calls (x86-64's, with bit 30 set) are masked to theirs.
_KEYRING_CALLS = {
    0xC000003E: (248, 249, 250),  # x86-64 (and x32)
    0x40000003: (286, 287, 288),  # i386, a 32-bit program on x86-64
    0xC00000B7: (217, 218, 219),  # aarch64
    0x40000028: (309, 310, 311),  # arm (32-bit)
}
_X32_BIT = 0x40000000


class _SockFilter(ctypes.Structure):
    _fields_ = [
        ("code", ctypes.c_uint16),
        ("jt", ctypes.c_uint8),
        ("jf", ctypes.c_uint8),
        ("k", ctypes.c_uint32),
    ]


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_uint16), ("filter", ctypes.POINTER(_SockFilter))]


def _keyring_filter() -> list[tuple[int, int, int, int]]:
    """A seccomp BPF program (code, jump if true, jump if false, k): the keyring calls fail with EPERM,
    everything else is allowed."""
    load, jump_equal, mask, ret = 0x20, 0x15, 0x54, 0x06  # BPF_LD|W|ABS, JMP|JEQ|K, ALU|AND|K, RET|K
    allow, refuse = 0x7FFF0000, 0x00050000 | 1  # SECCOMP_RET_ALLOW, SECCOMP_RET_ERRNO | EPERM
    to_refuse = -1  # a jump to the last instruction, its offset known once the program is whole
    program = [(load, 0, 0, 4)]  # seccomp_data.arch
    for arch, numbers in _KEYRING_CALLS.items():
        block = [(load, 0, 0, 0), (mask, 0, 0, 0xFFFFFFFF ^ _X32_BIT)]  # seccomp_data.nr
        block += [(jump_equal, to_refuse, 0, number) for number in numbers]
        block.append((ret, 0, 0, allow))
        program += [(jump_equal, 0, len(block), arch), *block]  # another architecture skips the block
    program += [(ret, 0, 0, allow), (ret, 0, 0, refuse)]
    last = len(program) - 1
    return [
        (code, last - i - 1 if jt == to_refuse else jt, jf, k) for i, (code, jt, jf, k) in enumerate(program)
    ]


@cache
def _keyring_program() -> _SockFprog:
    """The filter as the kernel takes it, made once in the executor (a forked child only installs it)."""
    instructions = _keyring_filter()
    array = (_SockFilter * len(instructions))(*(_SockFilter(*ins) for ins in instructions))
    program = _SockFprog(len(instructions), array)
    program.keep_alive = array  # the pointer's target lives as long
    return program


def _refuse_keyrings(libc: ctypes.CDLL, program: _SockFprog) -> bool:
    """Install the keyring filter in this process; whether that worked. no_new_privs first: a root without
    CAP_SYS_ADMIN (a Docker container's) may install a filter only so, and a candidate has no use for a
    setuid program's privileges anyway."""
    if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS
        return False
    return bool(libc.prctl(22, 2, ctypes.byref(program), 0, 0) == 0)  # PR_SET_SECCOMP, SECCOMP_MODE_FILTER


@cache
def seccomp_works() -> bool:
    """Whether this kernel takes the keyring filter (where it does not, the keyrings stay reachable: the
    documented fallback, as without namespaces)."""
    libc, program = _libc(), _keyring_program()

    def probe() -> None:
        if not _refuse_keyrings(libc, program):
            os._exit(1)

    try:
        return subprocess.run(["true"], preexec_fn=probe, check=False).returncode == 0
    except OSError:
        return False


def _set_mount_attr(libc: ctypes.CDLL, path: bytes, *, readonly: bool, recursive: bool) -> None:
    attr = _MountAttr(_MOUNT_ATTR_RDONLY if readonly else 0, 0 if readonly else _MOUNT_ATTR_RDONLY, 0, 0)
    flags = _AT_RECURSIVE if recursive else 0
    if libc.syscall(_SYS_MOUNT_SETATTR, _AT_FDCWD, path, flags, ctypes.byref(attr), ctypes.sizeof(attr)) != 0:
        _fail(f"mount_setattr {path!r}")


def _mount_view(libc: ctypes.CDLL, directory: bytes, hidden: list[bytes], shown: list[bytes]) -> None:
    """The program's filesystem: all read-only, personal directories hidden (but for what ``shown`` names
    in them), /run empty, its own /tmp."""
    libc.mount(b"none", b"/", None, _MS_REC | _MS_PRIVATE, None)
    _set_mount_attr(libc, b"/", readonly=True, recursive=True)
    sources = [(path, os.open(path, os.O_PATH | os.O_CLOEXEC)) for path in shown]  # before they are hidden
    for target in hidden:
        libc.mount(b"tmpfs", target, b"tmpfs", _MS_NOSUID | _MS_NODEV, b"size=16k,mode=755")
        for path, fd in sources:
            if path.startswith(target + b"/"):
                _show(libc, path, fd)
        _set_mount_attr(libc, target, readonly=True, recursive=False)
    if libc.mount(b"tmpfs", b"/run", b"tmpfs", _MS_NOSUID | _MS_NODEV, b"size=1m,mode=755") == 0:
        os.mkdir(b"/run/lock")
        os.chmod(b"/run/lock", 0o1777)
        # the POSIX message queues of the program's IPC namespace, where the host can list and remove them
        # (a warm worker's programs share its namespace)
        os.mkdir(MQUEUE_DIR)
        if libc.mount(b"mqueue", MQUEUE_DIR, b"mqueue", _MS_NOSUID | _MS_NODEV | _MS_NOEXEC, None) != 0:
            _fail("mount of the message queues")
    for target in _PRIVATE_DIRS:
        if libc.mount(directory, target, None, _MS_BIND, None) == 0:
            _set_mount_attr(libc, target, readonly=False, recursive=False)
        elif target == b"/tmp":  # the program's own directory: no run without it
            _fail("bind mount of /tmp")
    for path, fd in sources:  # a checkout in /tmp: shown inside the program's own /tmp, read-only
        if any(path.startswith(target + b"/") for target in _PRIVATE_DIRS):
            _show(libc, path, fd)
        os.close(fd)


def _show(libc: ctypes.CDLL, path: bytes, fd: int) -> None:
    """Mount what ``fd`` (opened before its directory was hidden) names back at ``path``, read-only."""
    if stat.S_ISDIR(os.fstat(fd).st_mode):
        os.makedirs(path, 0o755, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(path), 0o755, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o644))
    if libc.mount(b"/proc/self/fd/%d" % fd, path, None, _MS_BIND | _MS_REC, None) != 0:
        _fail(f"bind mount of {path!r}")
    _set_mount_attr(libc, path, readonly=True, recursive=True)


def checkout_paths(relative: Sequence[str]) -> list[str]:
    """Paths inside this checkout (a runtime's ``reads``), absolute."""
    root = Path(__file__).resolve().parents[2]
    return [str(root / path) for path in relative]


def _relay_through_init(libc: ctypes.CDLL) -> None:
    """Fork twice after unsharing the PID namespace: a root-owned init (pid 1, invisible to the program)
    mounts the namespace's /proc, reaps orphans and sends the program's wait status up a pipe; the process
    the executor started waits for it and ends the same way, so the executor sees the program's own exit.
    Only the program's process returns. Forks go through PyDLL, which keeps the GIL across the call."""
    fork = ctypes.PyDLL(None).fork
    read_end, write_end = os.pipe()
    init = fork()
    if init < 0:
        _fail("fork of init")
    if init > 0:  # outside the namespace
        os.close(write_end)
        _close_other_fds(read_end)
        report = b""
        while chunk := os.read(read_end, 4):
            report += chunk
        _, status = os.waitpid(init, 0)
        _end_like(int.from_bytes(report, "little", signed=True) if len(report) == 4 else status)
    os.close(read_end)
    if libc.mount(b"proc", b"/proc", b"proc", _MS_NOSUID | _MS_NODEV | _MS_NOEXEC, b"hidepid=invisible") != 0:
        _fail("mount of /proc")
    program = fork()
    if program < 0:
        _fail("fork of the program")
    if program > 0:  # init: when it exits, the kernel kills whatever is left in the namespace
        _close_other_fds(write_end)
        while True:
            pid, status = os.waitpid(-1, 0)
            if pid == program:
                os.write(write_end, status.to_bytes(4, "little", signed=True))
                os._exit(0)
    os.close(write_end)


def _fail(what: str) -> NoReturn:
    """End a process whose sandbox could not be set up, saying why on its stderr."""
    os.write(2, f"{SETUP_FAILED_MARK} {what} (errno {ctypes.get_errno()})\n".encode())
    os._exit(SETUP_FAILED)


def _close_other_fds(keep: int) -> None:
    """Drop every inherited descriptor above stderr (the executor's pipes among them) but ``keep``."""
    os.closerange(3, keep)
    os.closerange(keep + 1, 1 << 20)


def _end_like(status: int) -> NoReturn:
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        with contextlib.suppress(OSError, ValueError):  # SIGKILL and SIGSTOP keep their default
            signal.signal(number, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, [number])  # blocked, it would only be pending
        os.kill(os.getpid(), number)
    os._exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 125)


def uses_namespaces(run_slot: Slot) -> bool:
    return run_slot.uid is not None and namespaces_work()


@cache
def namespaces_work() -> bool:
    """Whether this kernel lets us make network and mount namespaces (it may not, inside some containers),
    and mount a namespace's POSIX message queues."""
    if not is_root():
        return False
    libc = _libc()

    def probe() -> None:
        if libc.unshare(_NAMESPACES) != 0:
            os._exit(1)
        attr = _MountAttr(0, 0, 0, 0)  # mount_setattr exists (Linux 5.12)
        if libc.syscall(_SYS_MOUNT_SETATTR, _AT_FDCWD, b"/", 0, ctypes.byref(attr), ctypes.sizeof(attr)) != 0:
            os._exit(1)
        libc.mount(b"none", b"/", None, _MS_REC | _MS_PRIVATE, None)
        if libc.mount(b"tmpfs", b"/run", b"tmpfs", 0, b"size=16k") != 0:
            os._exit(1)
        os.mkdir(MQUEUE_DIR)
        if libc.mount(b"mqueue", MQUEUE_DIR, b"mqueue", 0, None) != 0:
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
