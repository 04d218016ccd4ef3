"""The IR of a suite, cached on disk by a hash of everything that makes it, so that compiling the same tests
again (the pipeline does, for every language and every run) skips the frontend.

The key covers the source text, its file name and record name, the entry point, the doctest switch, and the
code that reads it (the frontend, the IR, libcst's version): changing any of them is a miss. Trace mode is
not cached: what it records also depends on the sandbox and the Python that runs the tests. An entry is the
IR's JSON form (``ir.to_data``), or the frontend's rejection; an entry that does not read back (truncated,
corrupt, foreign) is a miss, and is rewritten. Writers stage a file and rename it into place, so concurrent
writers and readers see a whole entry or none. The directory is the machine cache's (emitters.cache) ``ir``
folder, made private to us (0700, and ours: else no cache); ``TESTCOMPILER_IR_CACHE`` names another folder,
or turns the cache off (``off``).

The folder is bounded: past ``TESTCOMPILER_IR_CACHE_MB`` (default 1024) of entries, the least recently used
go (a hit renews an entry's modification time) until it holds 80% of that. A process measures the folder at
its first write and counts what it adds after, so a write costs no scan until the bound is near.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import ir
from emitters.cache import cache_directory, trusted
from ir import Suite, from_data, to_data

ENV = "TESTCOMPILER_IR_CACHE"
LIMIT_ENV = "TESTCOMPILER_IR_CACHE_MB"
DEFAULT_LIMIT_MB = 1024
FORMAT = "1"  # bump when the entry's layout changes


@cache
def code_stamp() -> str:
    """A hash of the code a suite's IR comes from: a change to any of it invalidates every entry."""
    here = Path(__file__).parent
    digest = hashlib.sha256(f"{FORMAT} libcst {version('libcst')}".encode())
    for folder in (here / "frontend", Path(ir.__file__).parent):
        for path in sorted(folder.rglob("*.py")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def key(parts: dict[str, Any]) -> str:
    """The entry's name: a hash of ``parts`` (what the suite is read from) and of the code reading it."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"{code_stamp()}\0{text}".encode()).hexdigest()


@dataclass(frozen=True)
class Rejection:
    """The frontend's refusal, cached like a suite: reading the same input again fails the same way."""

    code: str
    message: str
    line: int | None
    col: int | None


def default_directory() -> Path | None:
    """Where entries live, or None when the environment turns the cache off."""
    named = os.environ.get(ENV, "").strip()
    if named.lower() in ("off", "0", "no", "false"):
        return None
    return Path(named) if named else cache_directory() / "ir"


def default_limit() -> int:
    """The folder's bound in bytes: TESTCOMPILER_IR_CACHE_MB, or DEFAULT_LIMIT_MB."""
    named = os.environ.get(LIMIT_ENV, "").strip()
    try:
        megabytes = float(named) if named else DEFAULT_LIMIT_MB
    except ValueError:
        raise ValueError(f"{LIMIT_ENV}={named!r} is not a number of megabytes") from None
    return max(0, int(megabytes * 1024 * 1024))


class IRCache:
    """Entries in one private directory, at most ``limit`` bytes of them (default_limit()); ``hits`` and
    ``misses`` count this process's lookups, ``evicted`` the entries it removed to stay in bounds."""

    def __init__(self, directory: Path, limit: int | None = None) -> None:
        self.directory = directory
        self.limit = default_limit() if limit is None else limit
        self.hits = 0
        self.misses = 0
        self.evicted = 0
        self._size: int | None = None  # the folder's bytes as last measured, plus what was written since
        self._lock = threading.Lock()
        self.usable = self._prepare()

    def _prepare(self) -> bool:
        with contextlib.suppress(OSError):
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        return self.directory.is_dir() and trusted(self.directory)

    def get(self, name: str) -> Suite | Rejection | None:
        if not self.usable:
            return None
        path = self.directory / f"{name}.json"
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            if entry["key"] != name:
                raise ValueError("a foreign entry")
            found = entry.get("rejection")
            value: Suite | Rejection = Rejection(**found) if found is not None else from_data(entry["suite"])
            if not isinstance(value, Suite | Rejection):
                raise ValueError("not a suite")
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # truncated, corrupt or from elsewhere: read the suite again, and rewrite it
            self.misses += 1
            return None
        self.hits += 1
        with contextlib.suppress(OSError):  # recently used: the last to go
            os.utime(path)
        return value

    def put(self, name: str, value: Suite | Rejection) -> None:
        if not self.usable:
            return
        if isinstance(value, Rejection):
            entry: dict[str, Any] = {"key": name, "rejection": vars(value)}
        else:
            entry = {"key": name, "suite": to_data(value)}
        target = self.directory / f"{name}.json"
        staged = self.directory / f".{name}.{os.getpid()}.{threading.get_ident()}.tmp"
        data = json.dumps(entry, ensure_ascii=False).encode()
        try:
            staged.write_bytes(data)
            os.replace(staged, target)
        except OSError:  # a full disk or a vanished folder costs the cache, never the compile
            with contextlib.suppress(OSError):
                staged.unlink()
            return
        with self._lock:
            if self._size is None:
                self._size = self._trim()
            else:
                self._size += len(data)
                if self._size > self.limit:
                    self._size = self._trim()

    def _trim(self) -> int:
        """Remove the least recently used entries while the folder holds more than ``limit`` bytes, down to
        80% of it; the bytes left."""
        entries = []
        with contextlib.suppress(OSError), os.scandir(self.directory) as found:
            for entry in found:
                if entry.name.endswith(".json"):
                    with contextlib.suppress(OSError):
                        info = entry.stat(follow_symlinks=False)
                        entries.append((info.st_mtime_ns, info.st_size, entry.path))
        total = sum(size for _, size, _ in entries)
        if total <= self.limit:
            return total
        for _, size, path in sorted(entries):
            if total <= self.limit * 0.8:
                break
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
                self.evicted += 1
            total -= size
        return total


def open_cache(enabled: bool = True) -> IRCache | None:
    """The cache to use, or None: turned off here or by the environment."""
    directory = default_directory() if enabled else None
    return IRCache(directory) if directory is not None else None
