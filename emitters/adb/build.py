"""How an Ada program is built and run: gnatchop splits the file into its units, gnatmake compiles, binds and
links them, then the program runs; one /bin/sh command, a build error exiting 3 with nothing on stdout.

The program is one file of four units, as MultiPL-E writes it: the Placeholder package's spec and body
(the prompt, the completion, the harness's first lines), the harness's prelude package Tc_Prelude, and the
Main procedure. The prelude is the same text in every program: it is compiled once per machine into the
machine cache (emitters.cache), by the executor's own process, outside any sandbox, from our text alone,
and its ``.ali`` made read-only, which gnatmake takes as a library never to recompile. A program whose
prelude units are byte for byte that text drops its copies and uses the compiled one (``-aI``/``-aO``); any
other program, or a missing cache, compiles its own copy: the same verdicts, only slower.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from emitters import cache as machine_cache
from emitters.base import OUTPUT_LIMIT
from emitters.cache import stamp, trusted

# MultiPL-E's switches (evaluation/src/eval_adb.py) less -g (debug information: a larger binary, a slower
# link, only read by a debugger) and -j0 (one compile at a time: the executor already runs programs in
# parallel). -gnatW8 reads the source as UTF-8, -gnata enables assertions, -gnateE adds detail to exceptions.
FLAGS = ("-gnatW8", "-gnata", "-gnateE")
PLAIN_FLAGS = ("-gnatW8", "-g", "-j0", "-gnata", "-gnateE")
UNITS = ("tc_prelude.ads", "tc_prelude.adb")

# "$0" gnatmake, "$1" the program's file, "$2" the directory of the compiled prelude.
_SPLIT = (
    'w="${1%.adb}.units"; rm -rf "$w"; mkdir "$w" || exit 3; '
    'gnatchop -w -q "$1" "$w" >&2 || exit 3; cd "$w" || exit 3; '
    'if [ -r "$2/tc_prelude.ali" ] && cmp -s tc_prelude.ads "$2/tc_prelude.ads" '
    '&& cmp -s tc_prelude.adb "$2/tc_prelude.adb"; then rm -f tc_prelude.ads tc_prelude.adb; fi; '
)
_BUILD = _SPLIT + f'"$0" -q {" ".join(FLAGS)} -aI"$2" -aO"$2" main.adb -o main -bargs -Es >&2 || exit 3; '
_RUN = _BUILD + f"ulimit -f {OUTPUT_LIMIT // 512} || exit 3; exec ./main"
_CHECK = _BUILD + "exit 0"
# MultiPL-E's evaluator: gnatchop, then gnatmake with its switches, then the program.
_PLAIN = (
    'w="${1%.adb}.units"; rm -rf "$w"; mkdir "$w" || exit 3; '
    'gnatchop -w "$1" "$w" >&2 || exit 3; cd "$w" || exit 3; '
    f'"$0" {" ".join(PLAIN_FLAGS)} main.adb -o main -bargs -Es >&2 || exit 3; '
    f"ulimit -f {OUTPUT_LIMIT // 512} || exit 3; exec ./main"
)


def compiler() -> str | None:
    found = shutil.which("gnatmake")
    return os.path.realpath(found) if found else None


def _run(argv: list[str], cwd: str) -> bool:
    try:
        done = subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def prelude_directory(prelude: str) -> str:
    """The directory of the compiled prelude (made where missing: a fraction of a second, once per machine,
    compiler and prelude text); empty where there is no trusted cache or the compile fails."""
    gnatmake = compiler()
    gcc = shutil.which("gcc")
    directory = machine_cache.directory()
    if directory is None or gnatmake is None or gcc is None:
        return ""
    stamps = "\0".join([stamp(gnatmake), stamp(os.path.realpath(gcc)), *FLAGS, prelude])
    target = directory / f"adb-prelude-{hashlib.sha256(stamps.encode()).hexdigest()[:16]}"
    with machine_cache.lock:
        if not target.exists():
            _build(prelude, target)
    files = [target / name for name in (*UNITS, "tc_prelude.ali", "tc_prelude.o")]
    if trusted(target) and all(trusted(f) for f in files):
        return str(target)
    return ""


def _build(prelude: str, target: Path) -> None:
    """Split the prelude into its units and compile them, in a temporary directory moved into place whole."""
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        made = Path(tmp) / "prelude"
        made.mkdir()
        (made / "prelude.adb").write_text(prelude, encoding="utf-8")
        if not _run(["gnatchop", "-w", "-q", "prelude.adb", "."], str(made)):
            return
        (made / "prelude.adb").unlink()
        if not _run(["gcc", "-c", *FLAGS, "tc_prelude.adb"], str(made)):
            return
        for path in made.iterdir():
            # a read-only .ali is a library gnatmake never recompiles
            os.chmod(path, 0o444 if path.suffix == ".ali" else 0o644)
        os.chmod(made, 0o755)
        with contextlib.suppress(OSError):  # another process may have made it meanwhile
            os.rename(made, target)  # whole, or not at all


def commands(prelude: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """``run``, ``parse_only`` and ``plain``, each a /bin/sh script with gnatmake as $0 and the file as $1."""
    compiled = prelude_directory(prelude) or "/nonexistent"
    run = ("/bin/sh", "-c", _RUN, "{interpreter}", "{file}", compiled)
    parse_only = ("/bin/sh", "-c", _CHECK, "{interpreter}", "{file}", compiled)
    plain = ("/bin/sh", "-c", _PLAIN, "{interpreter}", "{file}")
    return run, parse_only, plain
