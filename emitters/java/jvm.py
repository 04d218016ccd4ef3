"""What every JVM language's runtime starts with (Java's, Clojure's, and the JVM languages to come): the java
found on PATH, and the flags that cut a JVM's start-up for a short program run once."""

from __future__ import annotations

import os
import shutil

FLAGS = (
    "-XX:TieredStopAtLevel=1",  # the quick C1 compiler only: harness code runs once
    "-XX:+UseSerialGC",  # no GC threads to start, least memory
    "-XX:-UsePerfData",  # no hsperfdata file
    "-Xshare:auto",
    "-Xss64m",  # deep recursion, as Python's is raised for the reference solutions
    "-Xmx1g",  # under the sandbox's 2 GiB: running out is an OutOfMemoryError the harness reports
    "-Xlog:disable",  # no JVM warnings on the program's stdout
    "-Dfile.encoding=UTF-8",
    "-Dsun.stdout.encoding=UTF-8",
    "-Dsun.stderr.encoding=UTF-8",
)


def java() -> str:
    found = shutil.which("java")
    return os.path.realpath(found) if found else "java"
