"""How a C++ program is compiled and run: one /bin/sh command (close the open function, compile, run), and
the precompiled header that cuts the compile.

Every prompt starts with ``#include<assert.h>`` then ``#include<bits/stdc++.h>``: parsing the whole standard
library is most of a compile (about 1 s of 1.3 s). The cache holds, in a directory named by the compiler's
identity and the header's text, an ``assert.h`` that includes the real one and then ``bits/stdc++.h``, and its
precompiled form ``assert.h.gch``; the command puts that directory first on the include path, so the
prompt's first line loads the precompiled standard library. A program that includes something else first,
or a compiler that rejects the file (another version, other flags), reads the plain ``assert.h`` beside it:
the same program, only slower. Built once per machine by the executor's own process, outside any sandbox,
from our text alone, where no sandbox uid can write (emitters.cache).
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

# The line every harness starts with (Emitter's header): the solution is what comes before its last one.
MARKER = "// ---- testcompiler harness: "
FLAGS = ("-std=c++17",)  # MultiPL-E's only flag; -O0, its default, compiles fastest
# MultiPL-E cuts a completion at "\n}", the function's closing brace, and its tests start with "}". Ours do
# not (a whole solution has its brace): this awk program copies the file, and before the harness's marker
# line writes the one "}" that the solution's braces leave open, if any. Braces are counted outside string
# and character literals and comments.
CLOSE_OPEN_FUNCTION = r"""
NR == FNR { if (index($0, marker) == 1) last = FNR; next }
FNR == last && depth > 0 { print "}" }
FNR < last { line = $0; n = length(line); i = 1
  while (i <= n) {
    c = substr(line, i, 1); d = substr(line, i, 2)
    if (state == "block") { if (d == "*/") { state = ""; i++ } }
    else if (state == "\"" || state == "'") {
      if (c == "\\") i++; else if (c == state) state = ""
    }
    else if (d == "//") break
    else if (d == "/*") { state = "block"; i++ }
    else if (c == "\"") state = c
    else if (c == "'" && substr(line, i - 1, 1) !~ /[0-9A-Fa-f]/) state = c
    else if (c == "{") depth++
    else if (c == "}") depth--
    i++
  }
  if (state != "block" && substr(line, n, 1) != "\\") state = ""
}
{ print }
"""
# The header the cache precompiles: what the prompt's first line then stands for.
HEADER = """\
#include_next <assert.h>
#ifndef TESTCOMPILER_STDCXX
#define TESTCOMPILER_STDCXX
#include <bits/stdc++.h>
#endif
"""
# Compile (the diagnostics on stderr, exit 3 on an error), then run: "$0" the compiler, "$1" the file, "$2"
# the awk program, "$3" the include directory of the precompiled header.
_COMPILE = (
    'awk -v marker="$4" "$2" "$1" "$1" > __tc_main.cpp || exit 3; '
    f'"$0" {" ".join(FLAGS)} -I"$3" __tc_main.cpp -o __tc_main >&2 || exit 3; '
)
_RUN = _COMPILE + "exec ./__tc_main"
_CHECK = _COMPILE + "exit 0"
_PLAIN = (
    'b="${1%.cpp}"; case "$b" in /*) ;; *) b="./$b" ;; esac; '
    '"$0" "$1" -o "$b" -std=c++17 || exit 3; exec "$b"'
)


def compiler() -> str:
    found = shutil.which("g++")
    return os.path.realpath(found) if found else "g++"


def header_key() -> str:
    return hashlib.sha256((HEADER + "\0".join(FLAGS)).encode()).hexdigest()[:16]


def _build(compiler_path: str, target: Path) -> None:
    """The header and its precompiled form, made in a temporary directory and moved into place whole."""
    parent = target.parent
    with tempfile.TemporaryDirectory(dir=parent) as tmp:
        made = Path(tmp) / "pch"
        made.mkdir()
        (made / "assert.h").write_text(HEADER, encoding="utf-8")
        source, output = str(made / "assert.h"), str(made / "assert.h.gch")
        argv = [compiler_path, *FLAGS, "-x", "c++-header", source, "-o", output]
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, timeout=300, check=False)
        for path in (made, *made.iterdir()):
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        if (made / "assert.h.gch").is_file():
            with contextlib.suppress(OSError):
                os.rename(made, target)  # whole, or not at all: another process may have made it meanwhile


@cache
def include_directory() -> str:
    """The directory holding the precompiled header, made first if it is missing (a few seconds, once per
    machine, compiler and header); empty where there is no trusted cache."""
    compiler_path = compiler()
    directory = machine_cache.directory()
    if directory is None or not os.path.isfile(compiler_path):
        return ""
    cc1plus = subprocess.run([compiler_path, "-print-prog-name=cc1plus"], capture_output=True, text=True,
                             check=False).stdout.strip()  # fmt: skip
    stamps = [stamp(compiler_path)] + ([stamp(cc1plus)] if os.path.isfile(cc1plus) else [])
    machine = hashlib.sha256("\0".join(stamps).encode()).hexdigest()[:12]
    target = directory / f"cpp-pch-{machine}-{header_key()}"
    if not target.exists():
        _build(compiler_path, target)
    if trusted(target) and trusted(target / "assert.h.gch") and trusted(target / "assert.h"):
        return str(target)
    return ""


@cache
def runtime() -> Runtime:
    include = include_directory() or "/nonexistent"
    return Runtime(
        interpreters=("g++",),
        run=("/bin/sh", "-c", _RUN, "{interpreter}", "{file}", CLOSE_OPEN_FUNCTION, include, MARKER),
        parse_only=("/bin/sh", "-c", _CHECK, "{interpreter}", "{file}", CLOSE_OPEN_FUNCTION, include, MARKER),
        # MultiPL-E's evaluator: g++ with its one flag, no precompiled header, then the binary.
        plain=("/bin/sh", "-c", _PLAIN, "{interpreter}", "{file}"),
        # MultiPL-E's compile parses the whole standard library: 1.3 s alone, 5-7 s seen on a loaded machine
        plain_startup_seconds=10.0,
        install=Install(debian=("g++",)),
        startup_seconds=5.0,  # a compile on a loaded 2-core machine: 1-2 s with the header, 3-5 s without
    )
