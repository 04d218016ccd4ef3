"""How a C# program is compiled and run: one /bin/sh command (mcs, then mono), and the prelude compiled once.

Where the time goes (a quiet machine, CPU time): mcs on an empty program 90 ms (its start and the reading
of the referenced assemblies: AOT-compiling mcs.exe and mscorlib saves nothing of it), a harness with its
prelude inline 138 ms, mono running it 17 ms. The prelude is compiled ahead of time into a library, once
per machine (named by mcs's and mono's identity and the prelude's text) by the executor's own process,
outside any sandbox, from our text alone, where no sandbox uid can write (``emitters.cache``'s cache
directory and its trust checks). A harness carries its prelude inside ``#if !TESTCOMPILER_PRELUDE_<key>``:
the command defines that symbol and references the library, so mcs skips the text (106 ms), and mono finds
the library through MONO_PATH. A harness whose prelude differs (another key), or a machine without the
library, compiles the prelude inline: the same program, only slower.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from emitters import cache as machine_cache
from emitters.base import Install, Runtime
from emitters.cache import stamp, trusted

LIBRARY = "TestcompilerPrelude"  # the assembly's name: mono finds <LIBRARY>.dll on MONO_PATH
# MultiPL-E's flags (DEBUG defined, System.Numerics referenced), without the banner and the warnings that
# a harness's unused lambdas and locals would raise.
FLAGS = "-d:DEBUG -r:System.Numerics.dll -nologo -nowarn:162,168,219,414,429,436,649,1717"
# Compile (the diagnostics on stderr, exit 3 on an error), then run: "$0" mcs, "$1" the file, "$2" the
# library's directory, "$3" the prelude's key (both empty: no library, the prelude compiled inline).
_COMPILE = (
    'f="$1"; if [ -n "$3" ]; then lib="-r:$2/' + LIBRARY + '.dll"; def="-d:TESTCOMPILER_PRELUDE_$3"; '
    'else lib="-d:TESTCOMPILER_NO_LIBRARY"; def="$lib"; fi; '
)
_RUN = (
    _COMPILE + '"$0" ' + FLAGS + ' "$lib" "$def" -out:"${f%.cs}.exe" "$f" >&2 || exit 3; '
    'if [ -n "$3" ]; then MONO_PATH="$2"; export MONO_PATH; fi; exec mono "${f%.cs}.exe"'
)
_CHECK = _COMPILE + 'exec "$0" ' + FLAGS + ' "$lib" "$def" -out:"${f%.cs}.check.exe" "$f" >&2'
# MultiPL-E's evaluator (eval_cs.py): the compiler with its flags, then mono with Debug.Assert's failures on
# stderr (its verdict is read from the harness's lines here, as for every command).
_PLAIN = (
    '"$0" -d:DEBUG -r:System.Numerics.dll "$1" -out:"${1%.cs}.exe" >&2 || exit 3; '
    'MONO_TRACE_LISTENER=Console.Error; export MONO_TRACE_LISTENER; exec mono "${1%.cs}.exe"'
)


def _tool(name: str) -> str:
    found = shutil.which(name)
    return os.path.realpath(found) if found else name


def prelude_key(body: str) -> str:
    """Names one text of the prelude: the compiled library stands in only for the same text."""
    return hashlib.sha256((body + "\0" + FLAGS).encode()).hexdigest()[:16]


def library_source(usings: str, body: str) -> str:
    """The prelude as a library: its class public, so that a program compiled against it sees it."""
    return usings + body.replace("static class __TC {", "public static class __TC {", 1)


def _build(mcs: str, source: str, target: Path) -> None:
    """The library, compiled in a temporary directory and moved into place whole."""
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        made = Path(tmp) / "lib"
        made.mkdir()
        source_file = made / f"{LIBRARY}.cs"
        source_file.write_text(source, encoding="utf-8")
        argv = [mcs, *FLAGS.split(), "-target:library", f"-out:{made / LIBRARY}.dll", str(source_file)]
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, timeout=300, check=False)
        for path in (made, *made.iterdir()):
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        if (made / f"{LIBRARY}.dll").is_file():
            with contextlib.suppress(OSError):
                os.rename(made, target)  # whole, or not at all: another process may have made it meanwhile


@cache
def library() -> tuple[str, str]:
    """The compiled prelude's directory and key, made first if missing (a second, once per machine, mcs,
    mono and prelude); empty where there is no trusted cache."""
    from emitters.cs import CSharpEmitter

    mcs, mono = _tool("mcs"), _tool("mono")
    directory = machine_cache.directory()
    if directory is None or not (os.path.isfile(mcs) and os.path.isfile(mono)):
        return "", ""
    emitter = CSharpEmitter()
    body = emitter.prelude()
    key = prelude_key(body)
    compiler = "/usr/lib/mono/4.5/mcs.exe"  # what the mcs script runs, where Debian puts it
    stamps = [stamp(mcs), stamp(mono)] + ([stamp(compiler)] if os.path.isfile(compiler) else [])
    machine = hashlib.sha256("\0".join(stamps).encode()).hexdigest()[:12]
    target = directory / f"cs-prelude-{machine}-{key}"
    if not target.exists():
        _build(mcs, library_source(emitter.usings(), body), target)
    if trusted(target) and trusted(target / f"{LIBRARY}.dll"):
        return str(target), key
    return "", ""


@cache
def runtime() -> Runtime:
    directory, key = library()
    return Runtime(
        interpreters=("mcs",),
        run=("/bin/sh", "-c", _RUN, "{interpreter}", "{file}", directory, key),
        parse_only=("/bin/sh", "-c", _CHECK, "{interpreter}", "{file}", directory, key),
        version=("/bin/sh", "-c", '"$0" --version && mono --version | head -n 1', "{interpreter}"),
        plain=("/bin/sh", "-c", _PLAIN, "{interpreter}", "{file}"),
        install=Install(debian=("mono-mcs", "mono-runtime")),
        # mcs 0.1 s and mono 0.02 s on a quiet machine; a loaded 2-core machine takes several times that.
        startup_seconds=3.0,
    )
