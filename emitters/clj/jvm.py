"""How a Clojure program's JVM starts: the flags that cut its start-up, and the AppCDS archive that holds the
classes a harness loads, so that a JVM maps them instead of loading, parsing and verifying them one by one.

The archive is dumped once per machine (per JVM and Clojure jar, named by a hash of both and the flags) by
the executor's own process, outside any sandbox, from a harness of ours: no candidate's code ever runs while
it is written. It lives where a sandboxed program can read it and no sandbox uid can write it: a directory
of root's under /var/cache (as root; the sandbox hides /root), else the user's cache directory. A JVM that
finds it missing, stale or foreign runs without it, only slower.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import subprocess
import tempfile
import threading
import zipfile
from functools import cache
from pathlib import Path

JAR = "/usr/share/java/clojure.jar"  # Debian's libclojure-java (an alternatives link to the versioned jar)
FLAGS = (
    "-XX:TieredStopAtLevel=1",  # the quick C1 compiler only: harness code runs once
    "-XX:+UseSerialGC",  # no GC threads to start, least memory
    "-XX:-UsePerfData",  # no hsperfdata file
    "-Xshare:auto",
    "-Xss64m",  # deep recursion, as Python's is raised for the reference solutions
    "-Xmx1g",  # under the sandbox's 2 GiB: running out is an OutOfMemoryError the harness reports
    "-Xlog:disable",  # no JVM warnings on the program's stdout
    "-Dclojure.main.report=stderr",  # the error on stderr, no report file
    # Calls to a function defined with defn go straight to its class, not through its var: a candidate's
    # alter-var-root cannot swap the harness's functions (nor clojure.core's) once they are compiled.
    "-Dclojure.compiler.direct-linking=true",
    "-Dfile.encoding=UTF-8",
    "-Dsun.stdout.encoding=UTF-8",
    "-Dsun.stderr.encoding=UTF-8",
)
_lock = threading.Lock()


def java() -> str:
    found = shutil.which("java")
    return os.path.realpath(found) if found else "java"


def cache_directory() -> Path:
    if os.geteuid() == 0:
        return Path("/var/cache/testcompiler")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return Path(base) / "testcompiler"


def _stamp(path: str) -> str:
    return f"{path} {os.stat(path).st_size} {os.stat(path).st_mtime_ns}"


def _trusted(path: Path) -> bool:
    """Ours, and writable by nobody else: a program could otherwise have planted or replaced it."""
    try:
        info = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    return info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _directory() -> Path | None:
    directory = cache_directory()
    with contextlib.suppress(OSError):
        directory.mkdir(mode=0o755, parents=True, exist_ok=True)
    return directory if directory.is_dir() and _trusted(directory) else None


def _publish(made: Path, target: Path) -> None:
    """``made`` at ``target``, readable by all, in one rename: a JVM starting meanwhile sees either file."""
    staged = target.parent / f".{target.name}.{os.getpid()}.{threading.get_ident()}"
    shutil.copyfile(made, staged)
    os.chmod(staged, 0o644)
    os.replace(staged, target)


def _run(argv: list[str], cwd: str) -> None:
    with contextlib.suppress(OSError, subprocess.TimeoutExpired):
        subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, timeout=120, check=False)


def _compile_prelude(java_path: str, body: str, target: Path) -> None:
    """The prelude compiled ahead of time (namespace __tc, direct-linked as every harness is), as a jar."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "src").mkdir()
        (Path(tmp) / "classes").mkdir()
        (Path(tmp) / "src" / "__tc.clj").write_text(body, encoding="utf-8")
        classpath = f"{JAR}:{tmp}/src"
        compile_path = f"-Dclojure.compile.path={tmp}/classes"
        argv = [java_path, *FLAGS, compile_path, "-cp", classpath, "clojure.main", "-e", "(compile '__tc)"]
        _run(argv, tmp)
        classes = sorted((Path(tmp) / "classes").rglob("*.class"))
        if not any(c.name == "__tc__init.class" for c in classes):
            return
        made = Path(tmp) / "prelude.jar"
        with zipfile.ZipFile(made, "w") as jar:
            for c in classes:
                jar.write(c, c.relative_to(Path(tmp) / "classes").as_posix())
        _publish(made, target)


def _dump(java_path: str, flags: list[str], archive: Path, program: str) -> None:
    """Run our own harness once with -XX:ArchiveClassesAtExit, then move the archive into place."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "main.clj"
        source.write_text(program, encoding="utf-8")
        made = Path(tmp) / "archive.jsa"
        dump = f"-XX:ArchiveClassesAtExit={made}"
        _run([java_path, *flags[:-2], dump, *flags[-2:], "clojure.main", str(source)], tmp)
        if made.is_file() and made.stat().st_size > 0:
            _publish(made, archive)


@cache
def java_flags() -> tuple[str, ...]:
    """The JVM and its arguments up to the main class: the compiled prelude and the archive named, each
    made first if it is missing (a few seconds, once per machine, JVM, jar and prelude)."""
    from emitters.clj import ClojureEmitter, prelude_key  # the prelude, rendered
    from emitters.clj.training import program  # the harness the archive is dumped from

    java_path = java()
    directory = _directory()
    if directory is None or not os.path.isfile(JAR) or not os.path.isfile(java_path):
        return (java_path, *FLAGS, "-cp", JAR)
    emitter = ClojureEmitter()
    key = prelude_key(emitter.render("prelude_body.clj"))
    machine = hashlib.sha256("\0".join([_stamp(java_path), _stamp(os.path.realpath(JAR)), *FLAGS]).encode())
    prefix = f"clojure-{machine.hexdigest()[:12]}-{key}"
    jar, archive = directory / f"{prefix}.jar", directory / f"{prefix}.jsa"
    flags = [*FLAGS]
    classpath = JAR
    with _lock:
        if not jar.exists():
            with contextlib.suppress(OSError):
                _compile_prelude(java_path, emitter.render("prelude_body.clj"), jar)
        if _trusted(jar):
            flags.append(f"-Dtestcompiler.prelude={key}")
            classpath = f"{JAR}:{jar}"
        if not archive.exists():
            with contextlib.suppress(OSError):
                _dump(java_path, [*flags, "-cp", classpath], archive, program())
    if _trusted(archive):
        flags.append(f"-XX:SharedArchiveFile={archive}")
    return (java_path, *flags, "-cp", classpath)
