"""How a Clojure program's JVM starts: the flags that cut its start-up, and the AppCDS archive that holds the
classes a harness loads, so that a JVM maps them instead of loading, parsing and verifying them one by one.

The archive is dumped once per machine (per JVM and Clojure jar, named by a hash of both and the flags) by
the executor's own process, outside any sandbox, from a harness of ours: no candidate's code ever runs while
it is written. It lives in the machine's cache (emitters.cache); a JVM that finds it missing, stale or
foreign runs without it, only slower.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import zipfile
from functools import cache
from pathlib import Path

from emitters import cache as machine_cache
from emitters.cache import publish, run_quietly, stamp, trusted
from emitters.java import jvm

JAR = "/usr/share/java/clojure.jar"  # Debian's libclojure-java (an alternatives link to the versioned jar)
FLAGS = (
    *jvm.FLAGS,
    "-Dclojure.main.report=stderr",  # the error on stderr, no report file
    # Calls to a function defined with defn go straight to its class, not through its var: a candidate's
    # alter-var-root cannot swap the harness's functions (nor clojure.core's) once they are compiled.
    "-Dclojure.compiler.direct-linking=true",
)


def _compile_prelude(java_path: str, body: str, target: Path) -> None:
    """The prelude compiled ahead of time (namespace __tc, direct-linked as every harness is), as a jar."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "src").mkdir()
        (Path(tmp) / "classes").mkdir()
        (Path(tmp) / "src" / "__tc.clj").write_text(body, encoding="utf-8")
        classpath = f"{JAR}:{tmp}/src"
        compile_path = f"-Dclojure.compile.path={tmp}/classes"
        argv = [java_path, *FLAGS, compile_path, "-cp", classpath, "clojure.main", "-e", "(compile '__tc)"]
        run_quietly(argv, tmp)
        classes = sorted((Path(tmp) / "classes").rglob("*.class"))
        if not any(c.name == "__tc__init.class" for c in classes):
            return
        made = Path(tmp) / "prelude.jar"
        with zipfile.ZipFile(made, "w") as jar:
            for c in classes:
                jar.write(c, c.relative_to(Path(tmp) / "classes").as_posix())
        publish(made, target)


def _dump(java_path: str, flags: list[str], archive: Path, program: str) -> None:
    """Run our own harness once with -XX:ArchiveClassesAtExit, then move the archive into place."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "main.clj"
        source.write_text(program, encoding="utf-8")
        made = Path(tmp) / "archive.jsa"
        dump = f"-XX:ArchiveClassesAtExit={made}"
        run_quietly([java_path, *flags[:-2], dump, *flags[-2:], "clojure.main", str(source)], tmp)
        if made.is_file() and made.stat().st_size > 0:
            publish(made, archive)


@cache
def java_flags() -> tuple[str, ...]:
    """The JVM and its arguments up to the main class: the compiled prelude and the archive named, each
    made first if it is missing (a few seconds, once per machine, JVM, jar and prelude)."""
    from emitters.clj import ClojureEmitter, prelude_key  # the prelude, rendered
    from emitters.clj.training import program  # the harness the archive is dumped from

    java_path = jvm.java()
    directory = machine_cache.directory()
    if directory is None or not os.path.isfile(JAR) or not os.path.isfile(java_path):
        return (java_path, *FLAGS, "-cp", JAR)
    emitter = ClojureEmitter()
    key = prelude_key(emitter.render("prelude_body.clj"))
    machine = hashlib.sha256("\0".join([stamp(java_path), stamp(os.path.realpath(JAR)), *FLAGS]).encode())
    prefix = f"clojure-{machine.hexdigest()[:12]}-{key}"
    jar, archive = directory / f"{prefix}.jar", directory / f"{prefix}.jsa"
    flags = [*FLAGS]
    classpath = JAR
    with machine_cache.lock:
        if not jar.exists():
            with contextlib.suppress(OSError):
                _compile_prelude(java_path, emitter.render("prelude_body.clj"), jar)
        if trusted(jar):
            flags.append(f"-Dtestcompiler.prelude={key}")
            classpath = f"{JAR}:{jar}"
        if not archive.exists():
            with contextlib.suppress(OSError):
                _dump(java_path, [*flags, "-cp", classpath], archive, program())
    if trusted(archive):
        flags.append(f"-XX:SharedArchiveFile={archive}")
    return (java_path, *flags, "-cp", classpath)
