"""How a Scala program runs: scalac (``scala.tools.nsc.Main``, Debian's scala 2.11) in a JVM writes the class
files, then a second JVM runs object ``Problem``, as MultiPL-E's evaluator does (``scalac -d``, then
``scala -cp``), with the JVM flags that cut start-up (``emitters/java/jvm.py``).

The prelude (package ``__tc``, at the end of every program) is compiled once per machine into a jar in the
machine cache: each program is compiled with its inline prelude cut out and that jar on the class path,
which saves scalac about a second per program. The warm compiler (``CompileServer.java``) compiles the same
cut text with the same options.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import zipfile
from functools import cache, partial
from pathlib import Path

from emitters import cache as machine_cache
from emitters.base import Install, Runtime, WarmCompiler
from emitters.java import jvm

JARS = "/usr/share/java"
LIBRARY = f"{JARS}/scala-library.jar"
# The compiler's own class path: what `scalac` runs on.
COMPILER = f"{JARS}/scala-compiler.jar:{LIBRARY}:{JARS}/scala-reflect.jar"
OPTIONS = ("-encoding", "UTF-8")
# MultiPL-E's evaluator: scalac into a directory of class files, then the scala runner runs object Problem.
PLAIN = (
    'd="$(dirname "$1")/.classes"; mkdir -p "$d"; scalac -d "$d" "$1" >&2 || exit 3; '
    'exec scala -cp "$d" Problem'
)
PRELUDE_START = "// ---- testcompiler prelude {key} ----"
PRELUDE_END = "// ---- end of the testcompiler prelude ----"
# The server's stack, a quarter of the one command's: a source nested deep enough to overflow the one
# command's scalac overflows the server's first, and that program goes the cold way (as Java's server).
SERVER_STACK = "-Xss16m"


def cut(key: str | None, program: str) -> str:
    """``program`` as the run command's sed writes tc_main.scala: without each run of lines from a start
    marker naming ``key`` to the next end marker (or the end of the file)."""
    if key is None or not program:
        return program
    start = PRELUDE_START.format(key=key)
    ends_line = program.endswith("\n")
    kept: list[str] = []
    inside = last_kept = False
    for line in (program[:-1] if ends_line else program).split("\n"):
        if inside:
            inside, last_kept = line != PRELUDE_END, False
        elif line == start:
            inside, last_kept = True, False
        else:
            kept.append(line)
            last_kept = True
    text = "".join(line + "\n" for line in kept)
    return text[:-1] if last_kept and not ends_line else text  # sed keeps a last line's missing newline


def _cut_command(key: str | None) -> str:
    """Shell: tc_main.scala is the program (its prelude cut where compiled), then compile, then run."""
    if key is None:
        return 'cp "$0" tc_main.scala || exit 3; '
    start = PRELUDE_START.format(key=key)
    return f'sed -e "\\%^{start}$%,\\%^{PRELUDE_END}$%d" "$0" > tc_main.scala || exit 3; '


def _compile_prelude(prelude: str, target: Path) -> None:
    """The prelude (package __tc) compiled by scalac into a jar."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "prelude.scala"
        source.write_text(prelude, encoding="utf-8")
        classes = Path(tmp) / "classes"
        classes.mkdir()
        scalac = [jvm.java(), *jvm.FLAGS, "-cp", COMPILER, "scala.tools.nsc.Main", "-classpath", LIBRARY]
        machine_cache.run_quietly([*scalac, *OPTIONS, "-d", str(classes), str(source)], tmp, timeout=300)
        made = sorted(classes.rglob("*.class"))
        if not any(c.name == "P.class" for c in made):
            return
        jar = Path(tmp) / "prelude.jar"
        with zipfile.ZipFile(jar, "w") as out:
            for c in made:
                out.write(c, c.relative_to(classes).as_posix())
        machine_cache.publish(jar, target)


@cache
def prelude_jar() -> tuple[str, str | None]:
    """The run's class path after the program's classes, and the key of the compiled prelude it holds
    (None: none); the jar is made first where missing (seconds, once per machine, scala and prelude)."""
    from emitters.scala import ScalaEmitter, prelude_key

    directory = machine_cache.directory()
    if directory is None or not os.path.isfile(LIBRARY):
        return LIBRARY, None
    body = ScalaEmitter().render("prelude_body.scala")
    key = prelude_key(body)
    stamp = "\0".join([machine_cache.stamp(os.path.realpath(f"{JARS}/scala-compiler.jar")), body])
    jar = directory / f"scala-{hashlib.sha256(stamp.encode()).hexdigest()[:16]}.jar"
    with machine_cache.lock:
        if not jar.exists():
            with contextlib.suppress(OSError):
                _compile_prelude(body, jar)
    if machine_cache.trusted(jar):
        return f"{LIBRARY}:{jar}", key
    return LIBRARY, None


@cache
def runtime() -> Runtime:
    classpath, key = prelude_jar()
    java = jvm.java()
    scalac = (java, *jvm.FLAGS, "-cp", COMPILER, "scala.tools.nsc.Main", "-classpath", classpath, *OPTIONS)
    run = (java, *jvm.FLAGS, "-cp", f".classes:{classpath}", "Problem")
    one = (
        _cut_command(key)
        + 'mkdir .classes || exit 3; "$@" -d .classes tc_main.scala >&2 || exit 1; exec '
        + " ".join(run)
    )
    # The server's JVM: the one command's flags (C1 only: measured on a loaded 2-core machine, C2's compiler
    # threads made the first hundred compiles two to three times slower) but its stack.
    server = [SERVER_STACK if f.startswith("-Xss") else f for f in jvm.FLAGS]
    compiler = WarmCompiler(
        script="CompileServer.java",
        args=(*server, "-cp", COMPILER, "{server}", "{token}", "-classpath", classpath, *OPTIONS),
        run=(java, *jvm.FLAGS, "-cp", f"classes:{classpath}", "{main}"),
        source=partial(cut, key),
    )
    return Runtime(
        compiler=compiler,
        interpreters=("java",),
        run=("/bin/sh", "-c", one, "{file}", *scalac),
        # scalac alone, into a directory of the run's own: exits non-zero exactly when the file does not
        # compile (the whole program, its prelude inline)
        parse_only=(
            "/bin/sh", "-c", 'mkdir -p .parsed || exit 3; exec "$@" -d .parsed "$0"', "{file}",
            java, *jvm.FLAGS, "-cp", COMPILER, "scala.tools.nsc.Main", "-classpath", LIBRARY, *OPTIONS,
        ),
        plain=("/bin/sh", "-c", PLAIN, "scala", "{file}"),
        install=Install(debian=("scala", "default-jdk-headless")),
        limit_address_space=False,  # the JVM reserves far more address space than it uses
        # scalac's start in a cold JVM, then a second JVM: ~4 s on an idle core, 13 s were too few on a 2-core
        # machine at load 16 (tests/test_warm.py's cold side timed out)
        startup_seconds=15.0,
        # MultiPL-E's scalac and scala scripts start slower still: it gives scalac 45 s of its own
        plain_startup_seconds=30.0,
    )  # fmt: skip
