"""OCaml's compile server (compiler.ml), built once per machine into the machine cache (emitters.cache) with
the harness prelude compiled beside it. The warm worker (worker.ml, in the bytecode toplevel) hands each
program to the server, a native build of the compiler's own libraries, and loads the bytecode it makes: the
toplevel would compile the program with the same compiler run as bytecode, five times slower. It is built
only where the native compiler and its libraries are the toplevel's own release (a .cmo loads only into the
OCaml that made it); anywhere else the worker compiles in the toplevel, as before, only slower."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from emitters import cache as machine_cache
from emitters.cache import stamp, trusted

SOURCE = Path(__file__).with_name("compiler.ml")
LIBRARIES = ("ocamlcommon.cmxa", "ocamlbytecomp.cmxa")
PRELUDE = "tc_prelude"  # the module compiler.ml opens in every program


def _output(argv: list[str]) -> str:
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


@cache
def compile_server(toplevel: str | None, prelude: str) -> tuple[str, str] | None:
    """(the server, the directory of its compiled prelude), made where missing; None where they cannot be
    made for ``toplevel``'s release of OCaml."""
    ocamlopt = shutil.which("ocamlopt.opt") or shutil.which("ocamlopt")
    if toplevel is None or ocamlopt is None:
        return None
    release = _output([toplevel, "-version"]).split()[-1:]
    libraries = Path(_output([ocamlopt, "-where"]) or "/nonexistent") / "compiler-libs"
    if release != _output([ocamlopt, "-version"]).split()[-1:] or not release:
        return None  # another OCaml than the toplevel's: what it compiles would not load there
    if not all((libraries / name).is_file() for name in LIBRARIES):
        return None
    cache_directory = machine_cache.directory()
    if cache_directory is None:
        return None
    tools = [stamp(ocamlopt), *(stamp(str(libraries / name)) for name in LIBRARIES)]
    key = hashlib.sha256("\n".join([SOURCE.read_text(), *tools, prelude]).encode()).hexdigest()[:16]
    target = cache_directory / f"ml-compiler-{key}"
    made = [target / "compiler", target / f"{PRELUDE}.cmi", target / f"{PRELUDE}.cmo"]
    with machine_cache.lock:
        if not all(trusted(path) for path in [target, *made]):
            _make(ocamlopt, libraries, prelude, target)
    return (str(made[0]), str(target)) if all(trusted(path) for path in [target, *made]) else None


def _make(ocamlopt: str, libraries: Path, prelude: str, target: Path) -> None:
    """The server and the prelude's compiled interface and bytecode, in ``target``, published whole by one
    rename (a worker starting meanwhile sees all or nothing)."""
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copyfile(SOURCE, Path(tmp) / "compiler.ml")
        argv = [ocamlopt, "-I", str(libraries), *(str(libraries / name) for name in LIBRARIES)]
        machine_cache.run_quietly([*argv, "compiler.ml", "-o", "compiler"], tmp)
        staged = target.parent / f".{target.name}.{os.getpid()}"
        shutil.rmtree(staged, ignore_errors=True)
        staged.mkdir(mode=0o755)
        if (Path(tmp) / "compiler").is_file():
            shutil.copyfile(Path(tmp) / "compiler", staged / "compiler")
            os.chmod(staged / "compiler", 0o755)
            (staged / f"{PRELUDE}.ml").write_text(prelude, encoding="utf-8")
            machine_cache.run_quietly([str(staged / "compiler"), "-prelude", f"{PRELUDE}.ml"], str(staged))
        for path in staged.iterdir():
            if path.name != "compiler":
                os.chmod(path, 0o644)
        if not (staged / f"{PRELUDE}.cmo").is_file():
            shutil.rmtree(staged, ignore_errors=True)
            return
        try:
            os.rename(staged, target)
        except OSError:  # there already: made meanwhile by another process, or stale and in the way
            if not trusted(target):
                shutil.rmtree(target, ignore_errors=True)
                os.rename(staged, target)
        shutil.rmtree(staged, ignore_errors=True)
