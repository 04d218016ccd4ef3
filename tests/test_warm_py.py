# ruff: noqa: E501  (the programs read best one per line)
"""Python's warm worker (emitters/py/worker.py) ends a program as ``python -I main.py`` ends it, output
included, and keeps its own state (token, pipes, module) out of the program's reach."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator

import pytest

from emitters import get_emitter
from testcompiler.run.executor import Outcome, run_program
from testcompiler.run.warm import Worker

# Each program ends one way a script can end; run by the worker and by a process, its exit code, stdout and
# stderr must be the same (tracebacks and warnings name the file by its path, which differs: compared
# without it).
ENDINGS = {
    "runs_to_its_end": 'print("a")\n',
    "uncaught_exception": 'print("a")\ndef f():\n    raise ValueError("boom")\nf()\n',
    "chained_exception": 'try:\n    1 / 0\nexcept Exception as e:\n    raise KeyError("k") from e\n',
    "syntax_error": "x = (\n",
    # what compiling writes or raises is the program's (the worker compiles before the fork only what
    # compiles in silence)
    "syntax_warning": "x = 1\nif x is 1:\n    print('one')\n",
    "invalid_escape": "print('\\d')\n",
    "recursion_in_the_compiler": "x = " + "-" * 100_000 + "1\nprint(x)\n",
    "exit_int": 'import sys\nprint("a")\nsys.exit(3)\n',
    "exit_wraps": "import sys\nsys.exit(257)\n",
    "exit_none": "raise SystemExit\n",
    "exit_text": 'import sys\nsys.exit("bye")\n',
    "os_exit_unflushed": 'import os, sys\nsys.stdout.write("lost")\nos._exit(5)\n',
    "atexit_threads_buffers": (
        "import atexit, sys, threading, time\n"
        'atexit.register(lambda: print("atexit ran"))\n'
        'threading.Thread(target=lambda: (time.sleep(0.2), print("thread done"))).start()\n'
        'sys.stdout.write("buffered, no newline")\n'
    ),
    "atexit_after_file_is_gone": "import atexit\natexit.register(lambda: print(__file__))\n",
    "own_excepthook": (
        "import sys\n"
        "sys.excepthook = lambda t, v, tb: print('hook', t.__name__, tb.tb_frame.f_code.co_name, file=sys.stderr)\n"
        "1 / 0\n"
    ),
    "failing_excepthook": "import sys\ndef h(t, v, tb):\n    raise RuntimeError('hook')\nsys.excepthook = h\n1 / 0\n",
    "excepthook_exits": "import sys\nsys.excepthook = lambda t, v, tb: sys.exit(7)\n1 / 0\n",
    "keyboard_interrupt_subclass": "class E(KeyboardInterrupt):\n    pass\nraise E\n",
    # as deep as in a process: the worker's frames under the program's do not count
    "deepest_recursion": "def f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return n\nprint(f(0))\n",
    "stdout_closed": "import sys\nprint('x')\nsys.stdout.close()\n",
    "del_at_exit": "class A:\n    def __del__(self):\n        print('finalized')\na = A()\n",
    # what acts in the teardown after atexit: these end through the whole finalization (worker.py)
    "generator_finally_at_exit": "def g():\n    try:\n        yield 1\n    finally:\n        print('closed')\nx = g()\nnext(x)\n",
    "weakref_callback_at_exit": "import weakref\nclass A:\n    pass\na = A()\nr = weakref.ref(a, lambda _: print('collected'))\n",
    "file_on_stdout_flushed_when_freed": "f = open(1, 'w', closefd=False)\nf.write('freed')\nprint('first')\n",
    "stdout_replaced": "import sys, io\nprint('kept', end='')\nsys.stdout = io.StringIO()\nprint('lost')\n",
    # the plain endings, which skip the teardown: their atexit handlers, threads and buffers as in a process
    "atexit_handler_raises": "import atexit\natexit.register(lambda: 1 / 0)\nprint('a', end='')\n",
    "exit_status_after_threads": "import sys, threading, time\nthreading.Thread(target=lambda: (time.sleep(0.1), print('late'))).start()\nsys.exit(4)\n",
    "exception_then_atexit": "import atexit\natexit.register(print, 'bye')\nraise ValueError('v')\n",
    "exit_float": "import sys\nsys.exit(1.0)\n",
    "streams_as_at_start_up": (
        "import sys\n"
        "for s in (sys.stdin, sys.stdout, sys.stderr):\n"
        "    print(s, s.errors, s.line_buffering, s.write_through, s.seekable(), s is getattr(sys, f'__{s.name[1:-1]}__'))\n"
        "print(sys.stdin.read() == '', sys.argv, sys.orig_argv[1:], sys.flags.isolated, sys.flags.safe_path)\n"
        "print(sorted(k for k, v in globals().items() if k not in ('s', '__file__', '__loader__')))\n"
        "print(__name__, type(__loader__).__name__, __loader__.name, __loader__.path == __file__)\n"
    ),
}


def _seen(outcome: Outcome) -> tuple[object, ...]:
    stderr = re.sub(r'(?:/[^\s"/]+)*/main\.py', "main.py", outcome.stderr)  # in tracebacks and warnings
    stderr = re.sub(r"0x[0-9a-f]+", "0x...", stderr)
    return outcome.exit_code, outcome.stdout, stderr


@pytest.fixture(scope="module")
def worker() -> Iterator[Worker]:
    started = Worker(get_emitter("py"))
    yield started
    started.close()


@pytest.mark.parametrize("name", ENDINGS)
def test_program_ends_as_a_script_ends(name: str, worker: Worker) -> None:
    emitter = get_emitter("py")
    warm = worker.run(ENDINGS[name], None, 5.0)
    cold = run_program(ENDINGS[name], emitter, None, 5.0)
    assert warm is not None, "answered by the worker itself, not a process of its own"
    assert _seen(warm) == _seen(cold)


def test_plain_programs_skip_the_teardown_and_the_rest_do_not() -> None:
    """The worker ends a program without the interpreter's teardown only where the program's code names
    nothing that acts in it: every harness of the corpus does; the teardown endings above do not."""
    import importlib.util
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from corpus import PROBLEMS, compiled, solution

    from testcompiler.api import program

    spec = importlib.util.spec_from_file_location("py_worker", get_emitter("py").bundle() / "worker.py")
    assert spec is not None and spec.loader is not None
    worker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(worker)

    def acts(text: str) -> bool:
        return bool(worker._acts_in_teardown(compile(text, "main.py", "exec")))

    assert not any(acts(program(compiled(p, "py"), solution(p, "py"))) for p in PROBLEMS)
    teardown = ("del_at_exit", "generator_finally_at_exit", "weakref_callback_at_exit")
    assert all(
        acts(ENDINGS[name]) for name in (*teardown, "file_on_stdout_flushed_when_freed", "stdout_replaced")
    )
    assert not any(
        acts(ENDINGS[name])
        for name in ("atexit_handler_raises", "exit_status_after_threads", "exception_then_atexit")
    )


def test_keyboard_interrupt_ends_by_sigint(worker: Worker) -> None:
    """CPython ends a script that let KeyboardInterrupt through by SIGINT; the worker's answer is SIGNAL 2,
    so the program is run again in a process of its own, which says the same (exit code -2)."""
    program = "raise KeyboardInterrupt\n"
    assert worker.run(program, None, 5.0) is None
    assert run_program(program, get_emitter("py"), None, 5.0).exit_code == -2


def test_program_naming_the_recursion_limit_runs_in_a_process(worker: Worker) -> None:
    """The worker raises the limit by the frames under the program's: a program that could see it does not
    run there."""
    assert worker.run("import sys\nprint(sys.getrecursionlimit())\n", None, 5.0) is None


# A program looking for the worker: its token (in the environment and in the frames under the program), its
# pipes (any descriptor beyond 0, 1 and 2; it writes a forged answer to each it finds), its module, its
# imports. It exits 0 when it found nothing; a forged answer the worker got would throw the worker away.
SNOOP = """
import os, sys
token = "{token}"
found = []
if any(token in value for value in os.environ.values()) or "TESTCOMPILER_WORKER_TOKEN" in os.environ:
    found.append("token in the environment")
frame = sys._getframe().f_back  # the frames under the program's
while frame is not None:
    for scope in (frame.f_locals, frame.f_globals):
        values = [v for v in scope.values() if v is not globals()]
        if any(token in str(v) for v in values if isinstance(v, (str, tuple, list))):
            found.append(f"token in {{frame.f_code.co_name}}")
    frame = frame.f_back
fds = sorted(int(fd) for fd in os.listdir("/proc/self/fd"))
for fd in fds[3:]:
    try:
        os.write(fd, ("\\n" + token + " 1 DONE 0\\n").encode())
        found.append(f"wrote to descriptor {{fd}}")
    except OSError:
        pass
if os.readlink("/proc/self/fd/0") != "/dev/null":
    found.append("stdin is not /dev/null")
if sys.modules["__main__"].__dict__ is not globals() or "_serve" in globals():
    found.append("__main__ is not the program's")
if "random" in sys.modules or os.environ["HOME"] != os.getcwd() or os.environ["TMPDIR"] != os.getcwd():
    found.append("not as a process starts")
import random
print(random.random())
print(*found, sep="\\n", file=sys.stderr)
sys.exit(1 if found else 0)
"""


def test_worker_state_out_of_reach(worker: Worker) -> None:
    program = SNOOP.format(token=worker.token)
    first = worker.run(program, None, 5.0)
    second = worker.run(program, None, 5.0)
    cold = run_program(program, get_emitter("py"), None, 5.0)
    assert first is not None and second is not None and not worker.closed
    assert (first.exit_code, first.stderr) == (0, "\n") == (cold.exit_code, cold.stderr)
    assert first.stdout != second.stdout, "each child seeds random afresh"


def test_a_program_cannot_tell_which_names_an_earlier_one_used(worker: Worker) -> None:
    """The worker compiles a program before the fork, in its own process: nothing the compile interned may
    outlive it there, where the next program could find it with sys.intern."""
    name = f"tc_marker_{secrets.token_hex(4)}"
    probe = f'import sys\ns = "".join({list(name)!r})\nprint(sys.intern(s) is s)\n'
    seen = worker.run(f"{name} = 1\n" + probe, None, 5.0)
    assert seen is not None and seen.stdout == "False\n"  # the probe does see a name its own program used
    earlier = worker.run(f"{name} = 2\nprint({name})\n", None, 5.0)
    assert earlier is not None and earlier.stdout == "2\n"
    later = worker.run(probe, None, 5.0)
    assert later is not None and later.stdout == "True\n"
