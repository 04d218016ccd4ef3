"""How a Kotlin program runs: MultiPL-E compiles it with ``kotlinc`` (a JVM that loads the whole Kotlin
compiler: 1.5 to 5 s) and runs the classes with ``java``. The one command here does the same, into a class
directory rather than a jar; the warm compiler (``CompileServer.java``) keeps Kotlin's own K2JVMCompiler
loaded in one JVM and calls it with the same arguments, so each program pays only its compile and its own
JVM.

The prelude (the ``__tc_`` functions at the head of the harness) is compiled once per machine into a jar in
the machine cache, in a package of its own (``__tc``): each program is compiled with its inline prelude cut
out, an explicit import of each of the prelude's names put first, and that jar on the class path, which
saves the compiler most of its work per program. An explicit import outranks the file's own declarations,
so a program that declares a prelude name of its own cannot take the harness's call. The cut is made only
where the lines from the prelude's first line to its last are exactly the prelude the jar holds (a program
of another prelude, or one whose own text holds those lines, is compiled whole), the same way by the warm
compiler (``cut``) and by the one command (its sed).

The server runs in a JVM started directly (``WarmCompiler.executable``), on the compiler's jars, as a
single-file source program; its arguments are the answers' token, ``--``, then the compiler's.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
import zipfile
from functools import cache, partial
from pathlib import Path
from typing import NamedTuple

from emitters import cache as machine_cache
from emitters.base import Install, Runtime, WarmCompiler
from emitters.java import jvm

HOME = "/usr/share/kotlin/kotlinc"  # the Debian package's Kotlin home: lib/ holds the compiler and stdlib
COMPILER_JAR = f"{HOME}/lib/kotlin-compiler.jar"
# The compiler with the jars its manifest names (the JVM does not follow Debian's links to find them).
COMPILER_PATH = ":".join(
    f"{HOME}/lib/{jar}.jar"
    for jar in (
        "kotlin-compiler",
        "trove4j",
        "annotations-13.0",
        "kotlin-stdlib",
        "kotlin-reflect",
        "kotlin-script-runtime",
    )
)
STDLIB = f"{HOME}/lib/kotlin-stdlib.jar"
COMPILER_MAIN = "org.jetbrains.kotlin.cli.jvm.K2JVMCompiler"
SOURCE = "tc_main.kt"  # the name the program is compiled under: its facade class is Tc_mainKt
MAIN = "Tc_mainKt"
# The compiler's options, the same for the one command and the server: the Kotlin home named (the stdlib on
# the class path from it), no reflection library (MultiPL-E's -include-runtime jar holds none either).
OPTIONS = ("-kotlin-home", HOME, "-no-reflect")
# The compiler's JVM: the quick C1 compiler only, serial GC, a 1 GB heap (the script's default is 256 MB).
# The server's stack is a quarter of the one command's, so that a source nested deep enough to overflow the
# cold compiler overflows the server's first (a crash sends that program the cold way).
COMPILER_FLAGS = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto", "-Xmx1g")
COLD_STACK, SERVER_STACK = "-Xss32m", "-Xss8m"
# The program's JVM: every JVM language's flags, assertions on as MultiPL-E runs it (`java -ea`).
FLAGS = (*jvm.FLAGS, "-ea")
# MultiPL-E's evaluator (evaluation/src/eval_kt.py): a jar with the runtime, then `java -ea -jar`.
PLAIN = (
    'd="$(dirname "$0")"; kotlinc "$0" -include-runtime -d "$d/.out.jar" >&2 || exit 1; '
    'exec java -ea -jar "$d/.out.jar"'
)


# The compiled prelude: its package, the file it is compiled from (its facade class is __tc_preludeKt), its
# module, and what its text must hold to be cut out by sed and named by imports.
PRELUDE_PACKAGE = "__tc"
PRELUDE_SOURCE = "__tc_prelude.kt"
PRELUDE_MODULE = "__tc_prelude"
_DECLARATION = re.compile(r"^(?:fun(?: <[^>]*>)?|val|var) (\w+)", re.MULTILINE)
_SPECIAL = re.compile(r"[\\%.*\[\]^$\"`!]")  # what a marker line may not hold: sed's \%...% and sh's "..."


class Prelude(NamedTuple):
    """The compiled prelude in the machine cache."""

    jar: str
    body: str  # the text it was compiled from, as the program holds it: the lines that are cut out
    imports: str  # the line put first in a cut program: an explicit import of each of its names


def _lines(text: str) -> list[str]:
    """``text`` as sed reads it: lines ending in a newline, the last one perhaps without."""
    pieces = text.split("\n")
    return [piece + "\n" for piece in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])


def _markers(body: str) -> tuple[str, str]:
    lines = _lines(body)
    return lines[0].rstrip("\n"), lines[-1].rstrip("\n")


def cut(prelude: Prelude | None, program: str) -> str:
    """``program`` as the one command writes tc_main.kt: where the runs of lines from the prelude's first line
    to its last (or to the end of the file) are exactly the compiled prelude, they are cut out and its imports
    put first; otherwise the program as it is."""
    if prelude is None:
        return program
    start, end = _markers(prelude.body)
    kept: list[str] = []
    removed: list[str] = []
    inside = False
    for line in _lines(program):
        bare = line.removesuffix("\n")
        if inside:
            removed.append(line)
            inside = bare != end
        elif bare == start:
            removed.append(line)
            inside = True
        else:
            kept.append(line)
    if "".join(removed) != prelude.body:
        return program
    return prelude.imports + "\n" + "".join(kept)


def _copy_command(prelude: Prelude | None) -> str:
    """Shell: tc_main.kt is the program, cut as ``cut`` cuts it where the prelude is compiled."""
    if prelude is None:
        return f'cp "$0" {SOURCE} || exit 1; '
    start, end = _markers(prelude.body)
    lines = f"\\%^{start}$%,\\%^{end}$%"
    digest = hashlib.sha256(prelude.body.encode()).hexdigest()
    return (
        f'if [ "$(sed -n "{lines}p" "$0" | sha256sum)" = "{digest}  -" ]; '
        f'then {{ echo "{prelude.imports}" && sed -e "{lines}d" "$0"; }} > {SOURCE}; '
        f'else cp "$0" {SOURCE}; fi || exit 1; '
    )


def _compile_prelude(source_text: str, target: Path) -> None:
    """The prelude, in its package, compiled by Kotlin's compiler into a jar (its classes and the module file
    through which Kotlin finds top-level functions)."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / PRELUDE_SOURCE
        source.write_text(source_text, encoding="utf-8")
        classes = Path(tmp) / "classes"
        kotlin = [jvm.java(), *COMPILER_FLAGS, COLD_STACK, "-cp", COMPILER_PATH, COMPILER_MAIN, str(source)]
        options = [*OPTIONS, "-module-name", PRELUDE_MODULE]
        machine_cache.run_quietly([*kotlin, "-d", str(classes), *options], tmp, timeout=300)
        made = sorted(p for p in classes.rglob("*") if p.is_file())
        if not any(p.name == "__tc_preludeKt.class" for p in made):
            return
        jar = Path(tmp) / "prelude.jar"
        with zipfile.ZipFile(jar, "w") as out:
            for p in made:
                out.write(p, p.relative_to(classes).as_posix())
        machine_cache.publish(jar, target)


@cache
def compiled_prelude() -> Prelude | None:
    """The compiled prelude (None: none), made first where missing (seconds, once per machine, Kotlin and
    prelude)."""
    from emitters.kt import KotlinEmitter

    directory = machine_cache.directory()
    if directory is None or not os.path.isfile(COMPILER_JAR):
        return None
    body = KotlinEmitter().render("prelude.kt")
    if not body.endswith("\n") or any(_SPECIAL.search(marker) for marker in _markers(body)):
        return None
    names = dict.fromkeys(_DECLARATION.findall(body))
    imports = "; ".join(f"import {PRELUDE_PACKAGE}.{name}" for name in names)
    source = f"package {PRELUDE_PACKAGE}\n" + body
    stamp = "\0".join([machine_cache.stamp(os.path.realpath(COMPILER_JAR)), source])
    jar = directory / f"kt-{hashlib.sha256(stamp.encode()).hexdigest()[:16]}.jar"
    with machine_cache.lock:
        if not jar.exists():
            with contextlib.suppress(OSError):
                _compile_prelude(source, jar)
    return Prelude(str(jar), body, imports) if machine_cache.trusted(jar) else None


def _tool(name: str) -> str:
    found = shutil.which(name)
    return os.path.realpath(found) if found else name


def _cold(kotlinc: str, java: str, prelude: Prelude | None) -> str:
    """The one command: the program written under SOURCE's name (cut where the prelude is compiled), compiled
    by kotlinc into .classes (its diagnostics on stderr, exit status 1 and nothing on stdout when it does not
    compile), then run."""
    jflags = " ".join(f"-J{flag}" for flag in (*COMPILER_FLAGS, COLD_STACK))
    options = " ".join((*OPTIONS, *_with(prelude)))
    run = " ".join((java, *FLAGS, "-cp", _classpath(".classes", prelude), MAIN))
    compile = f"{kotlinc} {jflags} {options} {SOURCE} -d .classes"
    return f"{_copy_command(prelude)}{compile} >&2 || exit 1; exec {run}"


def _with(prelude: Prelude | None) -> tuple[str, ...]:
    """The compiler's options for the compiled prelude."""
    return ("-cp", prelude.jar) if prelude else ()


def _classpath(classes: str, prelude: Prelude | None) -> str:
    return ":".join((classes, STDLIB, *((prelude.jar,) if prelude else ())))


@cache
def runtime() -> Runtime:
    kotlinc, java = _tool("kotlinc"), jvm.java()
    prelude = compiled_prelude()
    jflags = " ".join(f"-J{flag}" for flag in (*COMPILER_FLAGS, COLD_STACK))
    parse = f"{kotlinc} {jflags} {' '.join(OPTIONS)} {SOURCE} -d .parsed"
    # The server also keeps the compiler's application environment between compiles (it would otherwise be
    # rebuilt for each program).
    keep = "-Dkotlin.environment.keepalive=true"
    compiler = WarmCompiler(
        script="CompileServer.java",
        executable=java,
        args=(
            *COMPILER_FLAGS,
            SERVER_STACK,
            keep,
            "-cp",
            COMPILER_PATH,
            "{server}",
            "{token}",
            "--",
            *OPTIONS,
            *_with(prelude),
        ),
        run=(java, *FLAGS, "-cp", _classpath("classes", prelude), "{main}"),
        source=partial(cut, prelude),
    )
    return Runtime(
        compiler=compiler if os.path.isfile(COMPILER_JAR) else None,
        interpreters=("kotlinc",),
        run=("/bin/sh", "-c", _cold(kotlinc, java, prelude), "{file}"),
        # kotlinc alone, into a directory of the run's own: exits non-zero exactly when the file does not
        # compile (the whole program, its prelude inline)
        parse_only=(
            "/bin/sh", "-c", f'cp "$0" {SOURCE} && {parse}', "{file}",
        ),
        plain=("/bin/sh", "-c", PLAIN, "{file}"),
        install=Install(debian=("kotlin",)),
        limit_address_space=False,  # the JVM reserves far more address space than it uses
        startup_seconds=15.0,  # kotlinc's start in a cold JVM on a loaded 2-core machine
        plain_startup_seconds=15.0,  # MultiPL-E's kotlinc also packs the Kotlin runtime into a jar
    )  # fmt: skip
