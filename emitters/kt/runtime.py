"""How a Kotlin program runs: MultiPL-E compiles it with ``kotlinc`` (a JVM that loads the whole Kotlin
compiler: 1.5 to 5 s) and runs the classes with ``java``. The one command here does the same, into a class
directory rather than a jar; the warm compiler (``CompileServer.java``) keeps Kotlin's own K2JVMCompiler
loaded in one JVM and calls it with the same arguments, so each program pays only its compile and its own
JVM.

The server runs in a JVM started directly (``WarmCompiler.executable``), on the compiler's jars, as a
single-file source program; its arguments are the answers' token, ``--``, then the compiler's.
"""

from __future__ import annotations

import os
import shutil
from functools import cache

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


def _tool(name: str) -> str:
    found = shutil.which(name)
    return os.path.realpath(found) if found else name


def _cold(kotlinc: str, java: str) -> str:
    """The one command: the program copied under SOURCE's name, compiled by kotlinc into .classes (its
    diagnostics on stderr, exit status 1 and nothing on stdout when it does not compile), then run."""
    jflags = " ".join(f"-J{flag}" for flag in (*COMPILER_FLAGS, COLD_STACK))
    options = " ".join(OPTIONS)
    run = " ".join((java, *FLAGS, "-cp", f".classes:{STDLIB}", MAIN))
    compile = f"{kotlinc} {jflags} {options} {SOURCE} -d .classes"
    return f'cp "$0" {SOURCE} || exit 1; {compile} >&2 || exit 1; exec {run}'


@cache
def runtime() -> Runtime:
    kotlinc, java = _tool("kotlinc"), jvm.java()
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
        ),
        run=(java, *FLAGS, "-cp", f"classes:{STDLIB}", "{main}"),
    )
    return Runtime(
        compiler=compiler if os.path.isfile(COMPILER_JAR) else None,
        interpreters=("kotlinc",),
        run=("/bin/sh", "-c", _cold(kotlinc, java), "{file}"),
        # kotlinc alone, into a directory of the run's own: exits non-zero exactly when the file does not
        # compile
        parse_only=(
            "/bin/sh", "-c", f'cp "$0" {SOURCE} && {parse}', "{file}",
        ),
        plain=("/bin/sh", "-c", PLAIN, "{file}"),
        install=Install(debian=("kotlin",)),
        limit_address_space=False,  # the JVM reserves far more address space than it uses
        startup_seconds=15.0,  # kotlinc's start in a cold JVM on a loaded 2-core machine
        plain_startup_seconds=15.0,  # MultiPL-E's kotlinc also packs the Kotlin runtime into a jar
    )  # fmt: skip
