"""Lua's warm worker (worker.c), built once per machine into the machine cache (emitters.cache): Lua has no
fork of its own, so the worker is a small C program linked with Debian's liblua5.4, the library the lua5.4
command itself is built from. It is built only where that library's release is the interpreter's (the
child then runs a program as `lua5.4 FILE` would, to the same bytes of the same library); anywhere else
(no C compiler, no liblua5.4-dev, another Lua) Lua runs one process per program, only slower."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from emitters import cache as machine_cache
from emitters.cache import stamp, trusted

SOURCE = Path(__file__).with_name("worker.c")
HEADERS = Path("/usr/include/lua5.4")
LIBRARY = "liblua5.4.a"


def _library() -> Path | None:
    for directory in ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib"):
        if (Path(directory) / LIBRARY).is_file():
            return Path(directory) / LIBRARY
    return None


def _release(header: Path) -> str:
    """``Lua 5.4.4`` from lua.h's version macros."""
    text = header.read_text(encoding="utf-8", errors="replace")
    parts = [re.search(rf'#define LUA_VERSION_{k}\s+"(\d+)"', text) for k in ("MAJOR", "MINOR", "RELEASE")]
    return "Lua " + ".".join(m.group(1) for m in parts if m) if all(parts) else ""


@cache
def worker(interpreter: str | None) -> str | None:
    """The built worker's path, made where missing; None where it cannot be made to match ``interpreter``."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    library = _library()
    if interpreter is None or compiler is None or library is None or not (HEADERS / "lua.h").is_file():
        return None
    try:
        version = subprocess.run([interpreter, "-v"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    release = _release(HEADERS / "lua.h")
    if not release or not version.startswith(release + " "):
        return None  # another Lua than the library's: its programs would not run the same
    directory = machine_cache.directory()
    if directory is None:
        return None
    key = hashlib.sha256(
        "\n".join([SOURCE.read_text(), stamp(compiler), stamp(str(library)), version]).encode()
    ).hexdigest()[:16]
    target = directory / f"lua-worker-{key}"
    with machine_cache.lock:
        if not (target.is_file() and trusted(target)):
            with tempfile.TemporaryDirectory() as tmp:
                made = Path(tmp) / "worker"
                argv = [compiler, "-O2", f"-I{HEADERS}", str(SOURCE), "-o", str(made)]
                machine_cache.run_quietly([*argv, str(library), "-lm", "-ldl"], tmp)
                if not made.is_file():
                    return None
                staged = target.parent / f".{target.name}.{os.getpid()}"
                shutil.copyfile(made, staged)
                os.chmod(staged, 0o755)
                os.replace(staged, target)
    return str(target) if trusted(target) else None
