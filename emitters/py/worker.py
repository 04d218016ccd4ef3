"""testcompiler warm worker for Python (testcompiler.run.warm), started as ``python -I worker.py``.

Reads "<dir>\\t<nonce>\\t<file>\\t<job>" lines on stdin and runs each program in a forked copy of this already
started interpreter, as ``python -I <file>`` would run it in <dir>: as a fresh ``__main__`` module, its stdin
/dev/null, its descriptors 1 and 2 on <dir>/.stdout and .stderr (never this process's pipes), with new
sys.stdin, sys.stdout and sys.stderr made as CPython makes them at start-up. Answers "<token> <job> PID
<pid>", then "<token> <job> DONE <exit code>" or "<token> <job> SIGNAL <n>", each on a line of its own: a
program may have written to this process's stdout.

How the program ends is CPython's own doing: the forked child unwinds out of the serving loop to this file's
top level and ends there as the program would have ended at its own: an uncaught exception is printed by
sys.excepthook (the traceback starting at the program's ``<module>``) and exits 1, SystemExit is handled by
the interpreter (None, an int, or anything else printed), a KeyboardInterrupt ends it by SIGINT; then the
interpreter finalizes as usual: non-daemon threads are waited for, atexit handlers run, buffers are flushed.

Nothing but what ``python -I`` loads is imported here: ``random`` is not loaded, so each program seeds its
own. String hashes are the exception: CPython seeds them once per process, so the programs one worker forks
share its hash seed (set and dict-of-str orders repeat across them), where processes would each get their own.
A program whose verdict hangs on that order is nondeterministic under processes too.

The worker's token is removed from the environment before any program is forked and lives only as a local
of the serving loop, which has returned in the child; the bytes of the environment the worker was started
with (/proc/self/environ) still hold it, which gives a program nothing: it has no descriptor on the worker's
pipes, and cannot open them through /proc (the worker is untraceable).
"""

import io
import os
import sys

TYPE_CHECKING = False  # typing is not loaded by `python -I`: neither is it here
if TYPE_CHECKING:
    from types import CodeType, FrameType, TracebackType

_TOKEN_VARIABLE = "TESTCOMPILER_WORKER_TOKEN"


def _serve() -> "tuple[str, str, CodeType | None] | None":
    """Answer jobs until stdin closes (None). In a forked child, returns its job (dir, file, and the
    program's code where it was compiled before the fork) with the child's descriptors already its own: the
    loop and its locals (the token among them) are gone."""
    token = os.environ.pop(_TOKEN_VARIABLE, "")
    # What this interpreter holds is frozen out of the garbage collector's reach before each fork, so that a
    # child's collections do not write to (and so copy) every page of it: 0.6 of a harness's 8.4 ms of CPU in
    # the sandbox (bench/worker_cpu.py), 1 of 5.8 outside. A program's gc.get_objects() does not list these
    # objects. The module is not left in the child's sys.modules unless `python -I` loads it too.
    gc_loaded = "gc" in sys.modules
    import gc

    def answer(*words: str) -> None:
        data = ("\n" + " ".join((token, *words)) + "\n").encode()
        while data:
            data = data[os.write(1, data) :]

    answer("READY")
    pending = b""
    while True:
        while b"\n" not in pending:
            chunk = os.read(0, 65536)
            if not chunk:
                return None
            pending += chunk
        raw, pending = pending.split(b"\n", 1)
        parts = raw.decode("utf-8", "surrogateescape").split("\t")
        if len(parts) != 4:
            answer("BAD")
            continue
        directory, nonce, file, job = parts
        code = _compile_ahead(os.path.join(directory, file)) if _COMPILES_AHEAD else None
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        gc.freeze()
        pid = os.fork()
        if pid == 0:
            if not gc_loaded:
                del sys.modules["gc"]
            try:
                _enter(directory, nonce)
            except BaseException:  # any failure here is not the program's: die by a signal, and the host
                os.abort()  # runs the program again in a process of its own
            return directory, file, code
        del code
        answer(job, "PID", str(pid))
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            answer(job, "SIGNAL", str(os.WTERMSIG(status)))
        else:
            answer(job, "DONE", str(os.WEXITSTATUS(status)))


# Up to CPython 3.11 what a compile interns dies with its code, which this process drops at the fork. From
# 3.12 on, interned names are immortal: they would outlive it here, and a later program could tell by
# sys.intern which names an earlier one used. There the child compiles, as before.
_COMPILES_AHEAD = sys.version_info < (3, 12)


def _compile_ahead(path: str) -> "CodeType | None":
    """The program's code, compiled here before the fork, as _run would compile it in the child: there, the
    compiler's allocations land on pages the child shares with this process, each copied on its first write
    (about half of a forked program's CPU, bench/worker_cpu.py). None where the child must compile it
    itself, so that what compiling does is the program's: a compile that fails (a SyntaxError, a recursion
    or memory limit: the child's own limits decide) or that writes anything (a SyntaxWarning, which goes to
    the program's stderr)."""
    wrote = io.StringIO()
    stderr, sys.stderr = sys.stderr, wrote
    try:
        with open(path, "rb") as source:
            code = compile(source.read(), path, "exec", dont_inherit=True)
    except Exception:
        return None
    finally:
        sys.stderr = stderr
    return None if wrote.getvalue() else code


def _enter(directory: str, nonce: str) -> None:
    """The child's process state as a sandboxed ``python -I`` would start with it."""
    os.chdir(directory)
    os.environ["TESTCOMPILER_NONCE"] = nonce
    os.environ["HOME"] = directory
    os.environ["TMPDIR"] = directory
    for fd, name, flags in (
        (0, "/dev/null", os.O_RDONLY),
        (1, ".stdout", os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW),
        (2, ".stderr", os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW),
    ):
        opened = os.open(name, flags, 0o666)
        os.dup2(opened, fd)
        os.close(opened)
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        stream = _stdio(fd, f"<{name}>", getattr(sys, f"__{name}__"))
        setattr(sys, name, stream)
        setattr(sys, f"__{name}__", stream)


def _stdio(fd: int, name: str, like: "io.TextIOWrapper | None") -> io.TextIOWrapper:
    """A standard stream as CPython's create_stdio makes it (buffered: -I ignores PYTHONUNBUFFERED), with the
    encoding and error handler this interpreter chose for its own (the same locale and flags)."""
    buffer: io.BufferedReader | io.BufferedWriter
    if fd == 0:
        buffer = io.open(fd, "rb", -1, None, None, None, False)  # noqa: SIM115, UP020
    else:
        buffer = io.open(fd, "wb", -1, None, None, None, False)  # noqa: SIM115, UP020
    setattr(buffer.raw, "name", name)  # noqa: B010 - FileIO's name is read-only to the type checker
    line_buffering = os.isatty(fd) or fd == 2
    encoding = like.encoding if like is not None else "utf-8"
    errors = like.errors if like is not None else ("backslashreplace" if fd == 2 else "strict")
    stream = io.TextIOWrapper(buffer, encoding, errors, "\n", line_buffering, False)
    stream.mode = "r" if fd == 0 else "w"  # type: ignore[misc]
    return stream


def _run(directory: str, file: str, compiled: "CodeType | None") -> "BaseException | None":
    """Run the program as CPython runs a script (Python/pythonrun.c, _PyRun_SimpleFileObject): what ended it
    (None when it ran to its end) after an uncaught exception other than SystemExit has been printed, as
    PyErr_Print prints it."""
    path = os.path.join(directory, file)
    main = type(sys)("__main__")
    namespace = main.__dict__
    namespace["__annotations__"] = {}
    namespace["__builtins__"] = sys.modules["builtins"]
    namespace["__file__"] = path
    namespace["__cached__"] = None
    namespace["__loader__"] = type(__loader__)("__main__", path)  # type: ignore[name-defined]
    sys.modules["__main__"] = main
    # The frames under the program's (this file's, and exec's entry) count against the recursion limit: the
    # limit grows by as many, so that the program's main thread recurses exactly as deep as in a process of
    # its own (a thread it starts, as many frames deeper). A program that names the limit runs in a process
    # instead (WarmWorker.process_only): it would see it, or set its own.
    frame: FrameType | None = sys._getframe()
    below = 1
    while frame is not None:
        frame, below = frame.f_back, below + 1
    sys.setrecursionlimit(sys.getrecursionlimit() + below)
    sys.argv = [file]
    sys.orig_argv = [*sys.orig_argv[:-1], file]
    ended: BaseException | None = None
    try:
        if compiled is None:
            with open(path, "rb") as source:
                compiled = compile(source.read(), path, "exec", dont_inherit=True)
        code = compiled
        global _teardown_free  # read at this file's top level, once the program has ended
        _teardown_free = not _acts_in_teardown(code)
        exec(code, namespace)
    except BaseException as exc:  # everything a script can end with
        ended = exc
    _flush()
    if isinstance(ended, SystemExit):
        return ended  # the interpreter exits at once, as it would have (__file__ is left in place)
    if ended is not None:
        ended = _print_uncaught(ended)
    namespace.pop("__file__", None)
    namespace.pop("__cached__", None)
    return ended


def _flush() -> None:
    """pythonrun.c's flush_io: stderr, then stdout, errors ignored."""
    for name in ("stderr", "stdout"):
        try:
            getattr(sys, name).flush()
        except BaseException:
            continue


def _own(tb: "TracebackType | None") -> "TracebackType | None":
    """The traceback from the program's first frame on: without this file's frames."""
    while tb is not None and tb.tb_frame.f_globals is globals():
        tb = tb.tb_next
    return tb


def _print_uncaught(exc: BaseException) -> BaseException:
    """PyErr_PrintEx: the last exception recorded in sys, then shown by sys.excepthook (or by the default
    display, with both exceptions, when the hook itself fails). What the hook raised, if SystemExit, ends the
    program instead."""
    tb = _own(exc.__traceback__)
    exc.__traceback__ = tb
    sys.last_type, sys.last_value, sys.last_traceback = type(exc), exc, tb
    hook = getattr(sys, "excepthook", None)
    if hook is None:
        sys.stderr.write("sys.excepthook is missing\n")
        sys.__excepthook__(type(exc), exc, tb)
        return exc
    try:
        hook(type(exc), exc, tb)
    except SystemExit as stop:
        return stop
    except BaseException as failure:
        failure.__traceback__ = _own(failure.__traceback__)
        sys.stderr.write("Error in sys.excepthook:\n")
        sys.__excepthook__(type(failure), failure, failure.__traceback__)
        sys.stderr.write("\nOriginal exception was:\n")
        sys.__excepthook__(type(exc), exc, tb)
    return exc


# What a program can act through in the interpreter's teardown, after its atexit handlers: objects finalized
# as the modules are cleared (__del__, weakref callbacks, a generator's finally), files flushed as they are
# freed (open, io, a standard stream replaced), gc's callbacks. A program whose code names none of these
# cannot tell the teardown from its absence.
_TEARDOWN_NAMES = frozenset(
    ("__del__", "weakref", "finalize", "open", "fdopen", "io", "_io", "tempfile", "mmap", "socket", "ctypes",
     "gc", "stdout", "stderr", "__stdout__", "__stderr__", "subprocess", "multiprocessing", "concurrent")
)  # fmt: skip
_GENERATOR_FLAGS = 0x20 | 0x80 | 0x200  # CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR
_teardown_free = False  # set by _run for the program it runs


def _acts_in_teardown(code: "CodeType") -> bool:
    """Whether the program's code names anything it could act through in the teardown, or holds a generator
    with a try or with block (closed, its finally run, in the teardown)."""
    stack = [code]
    while stack:
        item = stack.pop()
        if _TEARDOWN_NAMES.intersection(item.co_names) or item.co_name in _TEARDOWN_NAMES:
            return True
        if item.co_flags & _GENERATOR_FLAGS and item.co_exceptiontable:
            return True
        for const in item.co_consts:
            if isinstance(const, str) and const in _TEARDOWN_NAMES:
                return True
            if isinstance(const, type(code)):
                stack.append(const)
    return False


def _end_without_teardown(ended: "BaseException | None") -> None:
    """End as Py_FinalizeEx would, for what the program can observe of it (non-daemon threads joined, atexit
    handlers run, sys.stdout and sys.stderr flushed) and with the status CPython gives its ending, then
    os._exit without the teardown of every module: 4 of a forked program's 12 ms of CPU, its frees copying
    the interpreter's pages. Returns, for the full finalization, where the ending is not one of the plain
    ones (SystemExit with an int or None, an exception already printed, the program's end) or stdio cannot
    be flushed (CPython's status 120 and its message come from the real thing)."""
    if ended is None:
        status = 0
    elif isinstance(ended, SystemExit):
        if ended.code is None:
            status = 0
        elif type(ended.code) is int and 0 <= ended.code <= 255:
            status = ended.code
        else:
            return
    elif isinstance(ended, Exception):
        status = 1
    else:
        return
    if "threading" in sys.modules:
        sys.modules["threading"]._shutdown()
    if "atexit" in sys.modules:
        sys.modules["atexit"]._run_exitfuncs()
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name, None)
        if stream is None or getattr(stream, "closed", True):
            continue
        try:
            stream.flush()
        except BaseException:
            return
    os._exit(status)


def _quiet(*_: object) -> None:
    """The excepthook for re-raising an exception already printed."""


def _main() -> "BaseException | None":
    job = _serve()
    if job is None:
        return None
    directory, file, code = job
    del job
    return _run(directory, file, code)


if __name__ == "__main__":
    # In a forked child, the program's end is raised here, at the top level, so that the interpreter ends
    # the way it ends a script: SystemExit's code, exit status 1 for an exception (already printed, so the
    # hook is quiet now), death by SIGINT for a KeyboardInterrupt; then the usual finalization, or its
    # observable part alone where the rest cannot be told (_end_without_teardown).
    _ended = _main()
    if _teardown_free:
        _end_without_teardown(_ended)
    if _ended is not None:
        if not isinstance(_ended, SystemExit):
            sys.excepthook = _quiet
        raise _ended
