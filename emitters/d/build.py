"""How a D program is compiled: the commands, and the prelude's runtime compiled once into an object.

A D harness's prelude is mostly templates (equality and printing per type), which every program instantiates
for its own types; what is not (the result lines, running a check, printing a float or a string) is
runtime.d. That part is compiled once per machine and compiler into ``tc_runtime.o``, by the executor's own
process, outside any sandbox, from our own source: no candidate's code ever runs while it is written. A
program compiled with ``--d-version=tc_prelude`` sees only the runtime's declarations (each function has a
fixed symbol name, ``pragma(mangle)``) and links the object. A compiler other than the one it was built with,
or an object gone missing, compiles the program's inline copy of the runtime: the same code, only slower.

The split (the report of issue 17 measures it): a harness's compile is about two thirds of its time, the
link a third, the run itself milliseconds; the runtime is about 30 ms of CPU of a compile (roughly a tenth).
Phobos is linked as a shared library (Debian's default for ldc2), so a binary is a few hundred KiB.
"""

from __future__ import annotations

import hashlib
import re
import shlex
import shutil
import tempfile
from pathlib import Path

from emitters import cache as machine_cache
from emitters.base import OUTPUT_LIMIT

COMPILER = "ldc2"
OBJECT = "tc_runtime.o"
# A runtime function's definition line, `pragma(mangle, "...") <signature> {`: its declaration is the same
# without the body.
_DEFINITION = re.compile(r'^(pragma\(mangle, "\w+"\) [^\n]*?) \{$', re.M)


def declarations(runtime: str) -> str:
    """The declarations of runtime.d's functions, for a program that links the compiled object."""
    return "\n".join(m.group(1) + ";" for m in _DEFINITION.finditer(runtime))


def compiled_runtime(ldc2: str, prelude: str) -> Path | None:
    """The runtime's object for ``ldc2`` (built where missing; None where it cannot be)."""
    directory = machine_cache.directory()
    if directory is None:
        return None
    stamp = machine_cache.stamp(str(Path(ldc2).resolve()))
    key = hashlib.sha256(stamp.encode() + prelude.encode()).hexdigest()[:16]
    target = directory / f"d-{key}.o"
    with machine_cache.lock:
        if target.is_file() and machine_cache.trusted(target):
            return target
        with tempfile.TemporaryDirectory() as tmp:
            # The prelude as a module of its own: its templates make no code until a program uses them.
            Path(tmp, "tc_runtime.d").write_text("module tc_runtime;\n" + prelude, encoding="utf-8")
            machine_cache.run_quietly([ldc2, "-O0", "-c", "tc_runtime.d", f"-of={OBJECT}"], tmp)
            made = Path(tmp, OBJECT)
            if not made.is_file():
                return None
            machine_cache.publish(made, target)
    return target if target.is_file() else None


def runtime_commands(prelude: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """``run``, ``parse_only`` and ``plain`` (MultiPL-E's evaluator: ``rdmd -unittest -main``), each a /bin/sh
    script with the compiler as $0 and the program's file as $1."""
    ldc2 = shutil.which(COMPILER)
    runtime = compiled_runtime(ldc2, prelude) if ldc2 else None
    # $o: the program's path without .d, made a path the shell runs (./main, or an absolute one). Objects go
    # beside it (-od), never into the working directory of whoever compiles.
    start = 'o="${1%.d}"; case "$o" in /*) ;; *) o="./$o" ;; esac; d="$(dirname "$o")"; '

    def compile_to(out: str) -> str:
        """Compile $1 to ``out`` without optimisation, messages on stderr: with the runtime's object where
        it is the same compiler's and readable."""
        slow = f'"$0" -O0 -od="$d" "$1" -of={out} >&2'
        if runtime is None or ldc2 is None:
            return slow
        # -ef: the same file, however PATH spelled it (/bin/ldc2 is /usr/bin/ldc2 on a merged /usr)
        guard = f'[ "$0" -ef {shlex.quote(ldc2)} ] && [ -r {shlex.quote(str(runtime))} ]'
        fast = f'"$0" -O0 --d-version=tc_prelude -od="$d" "$1" {shlex.quote(str(runtime))} -of={out} >&2'
        return f"if {guard}; then {fast}; else {slow}; fi"

    exec_program = f' || exit 3; ulimit -f {OUTPUT_LIMIT // 512} || exit 3; exec "$o"'
    run = ("/bin/sh", "-c", start + compile_to('"$o"') + exec_program, "{interpreter}", "{file}")
    # The same build, its output beside the program: it fails exactly when the program does not compile.
    parse_only = ("/bin/sh", "-c", start + compile_to('"$o.check"'), "{interpreter}", "{file}")
    # Debian has no rdmd: its dmd-style driver with the same default flags (no optimisation), the inline
    # prelude, the program built then run.
    plain = (
        "/bin/sh",
        "-c",
        start + 'ldmd2 -unittest -od="$d" "$1" -of="$o" >&2' + exec_program,
        "{interpreter}",
        "{file}",
    )
    return run, parse_only, plain
