"""In-process runner for Python (bench/executor.py's in-process limit): every program of a list in this one
interpreter, one after another, each in a fresh module namespace, as `python -I file` would run it but with
no process, fork or sandbox of its own. Protocol (all runners): argv[1] names a file of program paths, one a
line; "TCR ready" on stderr once started, then one line on stdin starts the loop; "TCR done <exit codes>" on
stderr at the end. The host times the loop, so the runner's own start-up is paid once and left out."""

import builtins
import os
import sys


def run(path: str) -> int:
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        exec(
            compile(source, path, "exec"),
            {"__name__": "__main__", "__file__": path, "__builtins__": builtins},
        )
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except BaseException:  # a program's uncaught error: its exit status 1, as in a process of its own
        return 1
    return 0


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        paths = [line for line in f.read().splitlines() if line]
    os.write(2, b"\nTCR ready\n")
    sys.stdin.readline()
    null = open(os.devnull, "w")  # noqa: SIM115 - open for the whole loop
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = null
    codes = [run(path) for path in paths]
    sys.stdout, sys.stderr = saved
    os.write(2, ("\nTCR done " + " ".join(map(str, codes)) + "\n").encode())


main()
