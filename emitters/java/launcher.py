"""How a Java program runs: one JVM, the single-file source launcher (``java main.java``), which compiles the
file in memory with javac and runs its first class, instead of MultiPL-E's javac JVM then java JVM.

Most of the time is javac's start: loading, parsing and verifying the compiler's classes. An AppCDS archive
of the classes that javac and a harness load, dumped once per machine (per JDK, jar, flags and prelude) by
the executor's own process, outside any sandbox, from a program of ours (``training.py``), lets each JVM map
them instead. The archive lives in the machine's cache (``emitters.cache``); a JVM that finds it missing,
stale or foreign runs without it, only slower.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
import zipfile
from functools import cache, partial
from pathlib import Path

from emitters import cache as machine_cache
from emitters.base import Install, Runtime, WarmCompiler
from emitters.java import jvm

# Debian's libjavatuples-java: MultiPL-E's prompts import org.javatuples.*
JAR = "/usr/share/java/javatuples.jar"
# The JVM flags every JVM language starts with (C1 only, serial GC, no perf file, 64 MB stacks, 1 GB heap, no
# JVM warnings on stdout, UTF-8 streams), and assertions on, as MultiPL-E runs Java (`java -ea`).
FLAGS = (*jvm.FLAGS, "-ea")
# MultiPL-E's evaluator: javac into a directory of class files, then a second JVM runs class Problem.
PLAIN = (
    'd="$(dirname "$1")/.classes"; javac -encoding UTF8 -cp "$0" -d "$d" "$1" >&2 || exit 3; '
    'exec java -ea -cp "$d:$0" Problem'
)


# The prelude, compiled once into a jar (class tc.Prelude): each program is run with its inline prelude cut
# out and the compiled one imported, which halves javac's work. The cut is between these lines, the first
# naming the prelude's text by its key: a program holding another text (another version's) keeps its own.
PRELUDE_START = "    // ---- testcompiler prelude {key} ----"
PRELUDE_END = "    // ---- end of the testcompiler prelude ----"
IMPORT = "import static tc.Prelude.*;"


def _cut(key: str) -> str:
    """The shell command that writes tc_main.java (the program, its prelude imported), then runs "$@" on
    it. The sed addresses lie between %: the markers hold slashes, and nothing a basic regex reads."""
    start = PRELUDE_START.format(key=key)
    return (
        f'sed -e "1i {IMPORT}" -e "\\%^{start}$%,\\%^{PRELUDE_END}$%d" "$0" > tc_main.java || exit 3; '
        'exec "$@" tc_main.java'
    )


def cut(key: str, program: str) -> str:
    """``program`` exactly as _cut's sed writes tc_main.java: the import as a line of its own first, then the
    program without each run of lines from a start marker naming ``key`` to the next end marker (or to the
    end of the file, where none follows)."""
    if not program:
        return ""  # sed inserts before line 1: there is none
    start = PRELUDE_START.format(key=key)
    ends_line = program.endswith("\n")
    lines = (program[:-1] if ends_line else program).split("\n")
    kept: list[str] = []
    inside = last_kept = False
    for line in lines:
        if inside:
            inside, last_kept = line != PRELUDE_END, False
        elif line == start:
            inside, last_kept = True, False
        else:
            kept.append(line)
            last_kept = True
    text = IMPORT + "\n" + "".join(line + "\n" for line in kept)
    return text[:-1] if last_kept and not ends_line else text  # sed keeps a last line's missing newline


def without_prelude(program: str, key: str) -> str:
    """``program`` as the run command rewrites it (_cut): the prelude imported, not compiled."""
    lines = program.split("\n")
    start = PRELUDE_START.format(key=key)
    if start in lines and PRELUDE_END in lines[lines.index(start) :]:
        first = lines.index(start)
        lines[first : lines.index(PRELUDE_END, first) + 1] = []
    return IMPORT + "\n" + "\n".join(lines)


def _tool(name: str) -> str:
    found = shutil.which(name)
    return os.path.realpath(found) if found else name


def _dump(java_path: str, flags: list[str], archive: Path, program: str) -> None:
    """Run our own program once through the source launcher with -XX:ArchiveClassesAtExit (``flags`` end
    with the class path), then move the archive into place."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "main.java"
        source.write_text(program, encoding="utf-8")
        made = Path(tmp) / "archive.jsa"
        dump = f"-XX:ArchiveClassesAtExit={made}"
        machine_cache.run_quietly([java_path, *flags[:-2], dump, *flags[-2:], str(source)], tmp)
        if made.is_file() and made.stat().st_size > 0:
            machine_cache.publish(made, archive)


def _compile_prelude(prelude: str, target: Path) -> None:
    """The prelude as class tc.Prelude, compiled by javac into a jar."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "tc" / "Prelude.java"
        source.parent.mkdir()
        source.write_text(f"package tc;\n\npublic final class Prelude {{\n{prelude}}}\n", encoding="utf-8")
        classes = Path(tmp) / "classes"
        javac = [_tool("javac"), "-encoding", "UTF-8", "-proc:none", "-cp", JAR]
        machine_cache.run_quietly([*javac, "-d", str(classes), str(source)], tmp)
        made = sorted(classes.rglob("*.class"))
        if not any(c.name == "Prelude.class" for c in made):
            return
        jar = Path(tmp) / "prelude.jar"
        with zipfile.ZipFile(jar, "w") as out:
            for c in made:
                out.write(c, c.relative_to(classes).as_posix())
        machine_cache.publish(jar, target)


@cache
def java_command() -> tuple[tuple[str, ...], str | None]:
    """The JVM and its arguments up to the source file, and the key of the compiled prelude its class path
    holds (None: none); the prelude jar and the class archive are made first where missing (a few seconds,
    once per machine, JDK, jar, flags and prelude)."""
    from emitters.java import JavaEmitter, prelude_key
    from emitters.java.training import program

    java_path = jvm.java()
    directory = machine_cache.directory()
    if directory is None or not os.path.isfile(JAR) or not os.path.isfile(java_path):
        return (java_path, *FLAGS, "-cp", JAR), None
    prelude = JavaEmitter().render("prelude_body.java")
    key = prelude_key(prelude)
    tools = [machine_cache.stamp(java_path), machine_cache.stamp(os.path.realpath(JAR))]
    stamp = "\0".join([*tools, *FLAGS, prelude, program()])
    prefix = f"java-{hashlib.sha256(stamp.encode()).hexdigest()[:16]}"
    jar, archive = directory / f"{prefix}.jar", directory / f"{prefix}.jsa"
    flags = [*FLAGS]
    classpath, compiled = JAR, None
    with machine_cache.lock:
        if not jar.exists():
            with contextlib.suppress(OSError):
                _compile_prelude(prelude, jar)
        if machine_cache.trusted(jar):
            classpath, compiled = f"{JAR}:{jar}", key
        if not archive.exists():
            text = without_prelude(program(), compiled) if compiled else program()
            with contextlib.suppress(OSError):
                _dump(java_path, [*flags, "-cp", classpath], archive, text)
    if machine_cache.trusted(archive):
        flags.append(f"-XX:SharedArchiveFile={archive}")
    return (java_path, *flags, "-cp", classpath), compiled


SERVER_STACK = "-Xss16m"


def compiler(command: tuple[str, ...], compiled: str) -> WarmCompiler:
    """javac in a warm JVM, as the source launcher runs it (CompileServer.java), on the program as _cut
    writes it; the program's classes then run in a JVM of their own, ahead of the class path as the
    launcher's class loader puts them."""
    java_path, *flags = command[:-2]
    classpath = command[-1]
    # The server's JVM has the one command's flags (its heap; C1 only, cheaper than C2's compiling of javac
    # over the few hundred programs a server lives for) and its class archive, which holds javac's classes:
    # the server is started by the source launcher on the same class path. Its stack is a quarter of the
    # one command's, so that a source nested deep enough to overflow the one command's javac overflows the
    # server's first, however javac's frames differ between a warm JVM and a cold one (measured: 50,000
    # nested parentheses compile in the one command, 25,000 overflow the server); a crash sends that
    # program the cold way.
    server = [SERVER_STACK if flag.startswith("-Xss") else flag for flag in flags]
    return WarmCompiler(
        script="CompileServer.java",
        args=(*server, "-cp", classpath, "{server}", "{token}", "-cp", classpath),
        run=(java_path, *flags, "-cp", f"classes:{classpath}", "{main}"),
        source=partial(cut, compiled),
    )


@cache
def runtime() -> Runtime:
    command, compiled = java_command()
    return Runtime(
        compiler=compiler(command, compiled) if compiled else None,
        interpreters=("java",),
        # the prelude cut out and imported where it is compiled (_cut), then the source launcher
        run=("/bin/sh", "-c", _cut(compiled), "{file}", *command) if compiled else (*command, "{file}"),
        # javac alone, into a directory of the run's own: exits non-zero exactly when the file does not
        # compile
        parse_only=(
            _tool("javac"), "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-J-Xshare:auto",
            "-encoding", "UTF-8", "-proc:none", "-cp", JAR, "-d", ".parsed", "{file}",
        ),
        plain=("/bin/sh", "-c", PLAIN, JAR, "{file}"),
        install=Install(debian=("default-jdk-headless", "libjavatuples-java")),
        limit_address_space=False,  # the JVM reserves far more address space than it uses
        startup_seconds=6.0,  # javac's start in a JVM on a loaded 2-core machine
    )  # fmt: skip
