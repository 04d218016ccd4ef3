"""The machine's cache of what a language's runtime starts from: compiled preludes, class archives,
precompiled headers, a shared standard library. Each is made once per machine (per toolchain and prelude,
named by a hash of both) by the executor's own process, outside any sandbox, from our text alone, and read
by sandboxed programs. It lives where a sandboxed program can read it and no sandbox uid can write it: a
directory of root's under /var/cache (as root; the sandbox hides /root), else the user's cache directory. A
runtime that finds a file missing, stale or foreign runs without it, only slower.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
import threading
import time
from pathlib import Path

lock = threading.Lock()  # one maker at a time in this process; publish() keeps other processes safe


def cache_directory() -> Path:
    if os.geteuid() == 0:
        return Path("/var/cache/testcompiler")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return Path(base) / "testcompiler"


def stamp(path: str) -> str:
    """What identifies a toolchain file in a cache key: its path, size and modification time."""
    return f"{path} {os.stat(path).st_size} {os.stat(path).st_mtime_ns}"


def trusted(path: Path) -> bool:
    """Ours, and writable by nobody else: a program could otherwise have planted or replaced it."""
    try:
        info = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    return info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def directory() -> Path | None:
    """The cache directory, made where missing; None where it is not ours alone."""
    found = cache_directory()
    with contextlib.suppress(OSError):
        found.mkdir(mode=0o755, parents=True, exist_ok=True)
    return found if found.is_dir() and trusted(found) else None


UNUSED_DAYS = 30  # an entry nothing has read for this long is removed by prune()
KEEP = ("ir",)  # bounded on its own (testcompiler.ircache)


def usage(entry: Path) -> tuple[float, int]:
    """When anything in ``entry`` was last read or written, and its size in bytes, from one walk: the newest
    access or modification time of its files (relatime updates a read file's access time once a day), and of
    its directories the modification time only (listing one, as this does, updates its access time)."""
    newest, size = 0.0, 0
    paths = [entry, *(entry.rglob("*") if entry.is_dir() and not entry.is_symlink() else ())]
    for path in paths:
        with contextlib.suppress(OSError):
            info = path.lstat()
            read = 0.0 if stat.S_ISDIR(info.st_mode) else info.st_atime
            newest = max(newest, read, info.st_mtime)
            size += info.st_size
    return newest, size


def prune(folder: Path, days: float = UNUSED_DAYS, now: float | None = None) -> list[tuple[str, int]]:
    """Remove the entries of the machine cache ``folder`` that nothing has used for ``days`` (an old
    toolchain's or prelude's, or a venv of dependencies no checkout asks for again); what went, with its size
    in bytes."""
    cutoff = (time.time() if now is None else now) - days * 86400
    removed = []
    for entry in sorted(folder.iterdir()) if folder.is_dir() else ():
        if entry.name in KEEP:
            continue
        used, size = usage(entry)
        if used >= cutoff:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append((entry.name, size))
    return removed


def publish(made: Path, target: Path) -> None:
    """``made`` at ``target``, readable by all, in one rename: a runtime starting meanwhile sees either."""
    staged = target.parent / f".{target.name}.{os.getpid()}.{threading.get_ident()}"
    shutil.copyfile(made, staged)
    os.chmod(staged, 0o644)
    os.replace(staged, target)


def run_quietly(argv: list[str], cwd: str, timeout: float = 120) -> None:
    """Run a step of making a cached file; whether it worked is judged by the file it leaves."""
    with contextlib.suppress(OSError, subprocess.TimeoutExpired):
        subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
