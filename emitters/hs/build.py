"""How a Haskell program is run: one sandboxed /bin/sh command.

Haskell wants every import before the first declaration, and a MultiPL-E prompt has none: the command
writes the program after a header of qualified imports (``TcE``, ``TcList``...: a solution sees no new
unqualified name, as under MultiPL-E's ``runghc``) and a LINE pragma (compiler messages name the program's
own lines). A compile or type error exits non-zero before any check runs, printing nothing on stdout.

Two ways, the same program and verdicts:

- fast (where the machine cache holds the compiled prelude): the harness's prelude, the same text in every
  program, is compiled once per machine and compiler into the module ``TcPrelude`` (object code, made by
  the executor's own process, outside any sandbox, from our text alone). The command cuts the prelude out of
  the program (between its marker lines), imports ``TcPrelude`` instead, and runs the rest with ``runghc``,
  MultiPL-E's own command: GHC's interpreter loads the prelude's object code and interprets only the
  solution and its checks. Measured here, compiling and linking a small program costs more than
  interpreting it, and interpreting the prelude costs more than loading it (see the report).
- otherwise: ``ghc -O0`` compiles and links the whole program, which then runs.

The RTS gets ``-M1g`` either way: a program that allocates past it gets HeapOverflow, which the harness
reports as running out of memory (under the sandbox's 2 GiB address space GHC's allocator would otherwise
abort the whole program).
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

from emitters import cache as machine_cache
from emitters.base import OUTPUT_LIMIT, Install, Runtime

IMPORTS = (
    "import qualified Control.Exception as TcE",
    "import qualified Data.List as TcList",
    "import qualified Numeric as TcNumeric",
    "import qualified System.Environment as TcEnv",
    "import qualified System.Exit as TcExit",
    "import qualified System.IO as TcIO",
)
MODULE = "TcPrelude"
BEGIN, END = "-- tc-prelude-begin", "-- tc-prelude-end"  # the harness's lines around its prelude
BASE_FLAGS = ("-O0", "-v0", "-rtsopts", "-with-rtsopts=-M1g")
RTS = ("+RTS", "-M1g", "-RTS")


def compiler() -> str | None:
    return shutil.which("ghc")


def _run(argv: list[str], cwd: str) -> subprocess.CompletedProcess[bytes] | None:
    try:
        return subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired):
        return None


def module_source(prelude: str) -> str:
    return f"module {MODULE} where\n\n" + "\n".join(IMPORTS) + "\n\n" + prelude


def compiled_prelude(ghc: str, prelude: str) -> Path | None:
    """The directory holding TcPrelude's source and object code for ``ghc`` (built where missing; None
    where it cannot be). Its object files are newer than its source, so GHC loads them as they are."""
    source = module_source(prelude)
    real = os.path.realpath(ghc)
    key = hashlib.sha256(f"{machine_cache.stamp(real)} {BASE_FLAGS}\n{source}".encode()).hexdigest()[:16]
    directory = machine_cache.directory()
    if directory is None:
        return None
    target = directory / f"hs-{key}"
    with machine_cache.lock:
        if (target / f"{MODULE}.hi").is_file():
            return target
        staged = Path(tempfile.mkdtemp(prefix=f".hs-{key}.", dir=directory))
        Path(staged, f"{MODULE}.hs").write_text(source, encoding="utf-8")
        # --make and -dynamic: the interface GHCi accepts (one-shot -c leaves one it recompiles; GHCi here is
        # dynamically linked and wants the dynamic way)
        built = _run([ghc, "--make", "-O0", "-v0", "-dynamic", f"{MODULE}.hs"], str(staged))
        probe = _probe(ghc, staged) if built is not None and built.returncode == 0 else False
        for path in staged.iterdir():
            os.chmod(path, 0o644)
        os.chmod(staged, 0o755)
        if not probe:
            shutil.rmtree(staged, ignore_errors=True)
            return None
        try:
            os.rename(staged, target)  # in one step: a program meanwhile sees all of it or none
        except OSError:  # another process published it first
            shutil.rmtree(staged, ignore_errors=True)
    return target if (target / f"{MODULE}.hi").is_file() else None


def _probe(ghc: str, module_dir: Path) -> bool:
    """Whether runghc here loads the compiled module (not its source) and runs a program importing it."""
    runghc = Path(ghc).with_name("runghc")
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "probe.hs").write_text(f'import {MODULE}\nmain :: IO ()\nmain = putStrLn "ok"\n', "utf-8")
        ran = _run([str(runghc), f"--ghc-arg=-i{module_dir}", "--ghc-arg=-v1", "probe.hs"], tmp)
    if ran is None or ran.returncode != 0 or b"ok\n" not in ran.stdout:
        return False
    # GHCi says "Compiling TcPrelude ( TcPrelude.hs, interpreted )" where it would not load the object code
    return f"Compiling {MODULE}".encode() not in ran.stdout + ran.stderr


def runtime_commands(prelude: str) -> Runtime:
    """The runtime: ``run``, ``parse_only`` and ``plain`` (MultiPL-E's ``runghc``) are /bin/sh scripts with
    the compiler as $0 and the program's file as $1."""
    ghc = compiler()
    module_dir = compiled_prelude(ghc, prelude) if ghc else None
    header = "".join(f"printf '%s\\n' {shlex.quote(line)}; " for line in IMPORTS)
    line_pragma = 'printf \'{-# LINE 1 "%s" #-}\\n\' "$1"; '
    # $o: the program's path without .hs, made a path the shell runs; $o.main.hs: the program after the header
    start = 'o="${1%.hs}"; case "$o" in /*) ;; *) o="./$o" ;; esac; '
    whole = f'{{ {header}{line_pragma}cat "$1"; }} > "$o.main.hs" || exit 3; '
    limit = f"ulimit -f {OUTPUT_LIMIT // 512} || exit 3; "  # dash: 512-byte blocks
    # The build writes a binary over the program's file-size limit (Runtime.build_file_limit); the program
    # runs under OUTPUT_LIMIT, soft and hard.
    compiled = (
        whole + f'"$0" {shlex.join(BASE_FLAGS)} -outputdir "$o.build" "$o.main.hs" -o "$o" >&2 || exit 3; '
        f'{limit}exec "$o"'
    )
    run_script = start + compiled
    if ghc and module_dir is not None:
        runghc = str(Path(ghc).with_name("runghc"))
        cut = f'sed {shlex.quote(f"/^{BEGIN}$/,/^{END}$/d")} "$1"'
        fast = (
            f"{{ {header}printf '%s\\n' {shlex.quote(f'import {MODULE}')}; {line_pragma}{cut}; }} "
            '> "$o.main.hs" || exit 3; '
            + limit
            + f"exec {shlex.quote(runghc)} "
            + " ".join(shlex.quote(f"--ghc-arg={a}") for a in (f"-i{module_dir}", *RTS))
            + ' "$o.main.hs"'
        )
        guard = f'[ "$0" = {shlex.quote(ghc)} ] && [ -r {shlex.quote(str(module_dir / (MODULE + ".hi")))} ]'
        run_script = start + f"if {guard}; then {fast}; else {compiled}; fi"
    run = ("/bin/sh", "-c", run_script, "{interpreter}", "{file}")
    # The whole program type-checked (-c, no link): fails exactly when it does not compile.
    parse_only = (
        "/bin/sh",
        "-c",
        start + whole + f'"$0" {shlex.join(BASE_FLAGS)} -c -outputdir "$o.check" "$o.main.hs" >&2',
        "{interpreter}",
        "{file}",
    )
    # MultiPL-E's evaluator: `runghc` on the whole program (after the same header)
    plain = ("/bin/sh", "-c", start + whole + 'exec runghc "$o.main.hs"', "{interpreter}", "{file}")
    return Runtime(
        interpreters=("ghc",),
        run=run,
        parse_only=parse_only,
        plain=plain,
        version=("{interpreter}", "--version"),
        install=Install(debian=("ghc",)),
        # GHC's start and a compile on a loaded two-core machine: seconds before the program's clock starts.
        startup_seconds=5.0,
        # A statically linked Haskell binary (the way without the compiled prelude) is over 1 MiB.
        build_file_limit=64 << 20,
    )
