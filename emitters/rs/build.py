"""How a Rust program is compiled: the commands, and the harness's prelude compiled once into a library.

Much of a harness's compile time is its prelude (equality, printing, the thread that runs each check), the
same in every program. The prelude is compiled once per machine and compiler into ``libtc_prelude.rlib``,
by the executor's own process, outside any sandbox, from our own source: no candidate's code ever runs
while it is written. A program then names it (``--cfg tc_prelude --extern tc_prelude=...``), and its
inline copy of the prelude, under ``#[cfg(not(tc_prelude))]``, is parsed but not compiled: the same code,
compiled once. Programs also compile with flags that cut their code generation and link time (FLAG_SETS):
together, about 40% of the CPU time of ``rustc main.rs`` (measured in the issue's report).

The library lives where a sandboxed program can read it and no sandbox uid can write it (Clojure's cache
directory: root's under /var/cache, else the user's). A compiler other than the one it was built with, or a
library gone missing, compiles the program as MultiPL-E does (stripped, BASE_FLAGS), only slower: the same
verdicts.
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from emitters import cache as machine_cache
from emitters.base import OUTPUT_LIMIT

COMPILER = "/usr/bin/rustc"  # Debian's
CRATE = "tc_prelude"
_lock = threading.Lock()


def compiler() -> str | None:
    """The compiler the executor will find first (its interpreters, in order), or None."""
    if os.path.isfile(COMPILER) and os.access(COMPILER, os.X_OK):
        return COMPILER
    return shutil.which("rustc")


def _run(argv: list[str], cwd: str) -> subprocess.CompletedProcess[bytes] | None:
    try:
        return subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired):
        return None


def library_source(prelude: str) -> str:
    """The prelude's module body as a crate of its own."""
    start = prelude.index("mod __tc {") + len("mod __tc {")
    end = prelude.rindex("}")
    return "#![allow(dead_code, unused_imports, unused_mut, non_snake_case)]\n" + prelude[start:end]


# Every sandboxed compile links a binary without symbols or debug information: the sandbox's file-size
# limit (1 MiB, RLIMIT_FSIZE) applies to the linker's output, and a static binary with the standard
# library's debug information is several times that. A panic's message needs neither.
BASE_FLAGS = ("-C", "link-arg=-Wl,--strip-all")
# Flags that cut a program's compile and link time, the first set that works here: one codegen unit (no
# thread fan-out for a small crate) and the gold linker where binutils has it. Never -C prefer-dynamic: a
# program linked to the shared standard library allocates through that library's allocator, not the
# harness's (which reports running out of memory).
FLAG_SETS = (
    ("-C", "codegen-units=1", "-C", "link-arg=-fuse-ld=gold"),
    ("-C", "codegen-units=1"),
)


def _working_flags(rustc: str, tmp: str) -> tuple[str, ...]:
    """The first of FLAG_SETS with which a program compiles and runs."""
    Path(tmp, "hello.rs").write_text('fn main() {\n    println!("ok");\n}\n', encoding="utf-8")
    for flags in FLAG_SETS:
        built = _run([rustc, *BASE_FLAGS, *flags, "hello.rs", "-o", "hello"], tmp)
        if built is None or built.returncode != 0:
            continue
        ran = _run([str(Path(tmp, "hello"))], tmp)
        if ran is not None and ran.returncode == 0 and ran.stdout == b"ok\n":
            return flags
    return ()


def compiled_prelude(rustc: str, prelude: str) -> tuple[Path | None, tuple[str, ...]]:
    """The prelude's library for ``rustc`` (built where missing; None where it cannot be), and the flags
    that programs compile with (FLAG_SETS)."""
    version = _run([rustc, "-vV"], "/")
    if version is None or version.returncode != 0:
        return None, ()
    real = os.path.realpath(rustc)
    stat = os.stat(real)
    stamp = f"{real} {stat.st_size} {stat.st_mtime_ns} {BASE_FLAGS} {FLAG_SETS}\n"
    key = hashlib.sha256(stamp.encode() + version.stdout + prelude.encode()).hexdigest()[:16]
    directory = machine_cache.directory()
    if directory is None:
        return None, ()
    target = directory / f"rs-{key}" / f"lib{CRATE}.rlib"
    marker = target.with_name("flags")
    with _lock:
        if target.is_file():
            return target, _read_flags(marker)
        with tempfile.TemporaryDirectory() as tmp:
            flags = _working_flags(rustc, tmp)
            Path(tmp, "lib.rs").write_text(library_source(prelude), encoding="utf-8")
            argv = [rustc, "--crate-type", "rlib", "--crate-name", CRATE, "lib.rs", "-o", f"lib{CRATE}.rlib"]
            built = _run(argv, tmp)
            made = Path(tmp, f"lib{CRATE}.rlib")
            if built is None or built.returncode != 0 or not made.is_file():
                return None, ()
            staged = Path(tempfile.mkdtemp(prefix=f".rs-{key}.", dir=directory))
            shutil.copyfile(made, staged / target.name)
            (staged / marker.name).write_text("\n".join(flags), encoding="utf-8")
            for path in staged.iterdir():
                os.chmod(path, 0o644)
            os.chmod(staged, 0o755)
            try:
                os.rename(staged, target.parent)  # in one step: a compile meanwhile sees all of it or none
            except OSError:  # another process published it first
                shutil.rmtree(staged, ignore_errors=True)
    return (target, _read_flags(marker)) if target.is_file() else (None, ())


def _read_flags(marker: Path) -> tuple[str, ...]:
    try:
        text = marker.read_text(encoding="utf-8")
    except OSError:
        return ()
    return tuple(line for line in text.splitlines() if line in {f for s in FLAG_SETS for f in s})


def runtime_commands(prelude: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """``run``, ``parse_only`` and ``plain`` (MultiPL-E's: ``rustc main.rs -o main``, then the program),
    each a /bin/sh script with the compiler as $0 and the program's file as $1."""
    rustc = compiler()
    library, fast = compiled_prelude(rustc, prelude) if rustc else (None, ())
    flags = list(fast)
    if library is not None:
        flags += ["--cfg", CRATE, "--extern", f"{CRATE}={library}"]
    guard = ""
    if flags and rustc:
        guard = f'[ "$0" = {shlex.quote(rustc)} ]'
        if library is not None:
            guard += f" && [ -r {shlex.quote(str(library))} ]"

    def compile_to(out: str) -> str:
        """Compile $1 to ``out``, compiler messages on stderr: fast where the guard holds."""
        slow = f'"$0" {shlex.join(BASE_FLAGS)} "$1" -o {out} >&2'
        if not guard:
            return slow
        return f'if {guard}; then "$0" {shlex.join([*BASE_FLAGS, *flags])} "$1" -o {out} >&2; else {slow}; fi'

    # $o: the program's path without .rs, made a path the shell runs (./main, or an absolute one)
    start = 'o="${1%.rs}"; case "$o" in /*) ;; *) o="./$o" ;; esac; '
    # The build may write files over the program's limit (Runtime.build_file_limit: a deeply nested type's
    # symbols in the object file); the program runs under OUTPUT_LIMIT, soft and hard (dash: 512-byte blocks).
    exec_program = f' || exit 3; ulimit -f {OUTPUT_LIMIT // 512} || exit 3; exec "$o"'
    run = ("/bin/sh", "-c", start + compile_to('"$o"') + exec_program, "{interpreter}", "{file}")
    # The same compile, its output beside the program: it fails exactly when the program does not compile.
    parse_only = ("/bin/sh", "-c", start + compile_to('"$o.check"'), "{interpreter}", "{file}")
    plain = ("/bin/sh", "-c", start + '"$0" "$1" -o "$o" >&2' + exec_program, "{interpreter}", "{file}")
    return run, parse_only, plain
