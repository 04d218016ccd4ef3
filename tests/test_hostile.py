# ruff: noqa: E501  (the hostile programs read best one per line)
"""Hostile programs in every installed language: each gets the right status, and the host is unharmed (no
file written outside the run's directory, no connection made, no process left behind)."""

from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
import socket
import tempfile
import threading
from pathlib import Path

import pytest

from emitters import Compiled, get_emitter, languages
from testcompiler import (
    InterpreterMissing,
    Outcome,
    Status,
    expectations,
    observed_program,
    read_suite,
    run_solution,
)
from testcompiler.api import compile_suite
from testcompiler.run.executor import interpreter
from testcompiler.run.pool import run_many
from testcompiler.run.sandbox import UID_BASE, UID_COUNT, is_root, memory_cgroup_root, namespaces_work

SUITE = "def f(x: int) -> int:\n    ...\n\nassert f(1) == 1\nassert f(2) == 2\n"
REPO = Path(__file__).resolve().parent.parent

# {kind: {language: solution}}; {port} and {token} are filled in per run.
HOSTILE: dict[str, dict[str, str]] = {
    "infinite_loop": {
        "py": "def f(x):\n    while True:\n        pass\n",
        "lua": "local function f(x)\n  while true do end\nend\n",
        "rkt": "#lang racket\n(define (f x) (let loop () (loop)))\n",
        "ml": "let f (x : int) : int = let rec loop () = loop () in loop ()\n",
        "r": "f <- function(x) repeat {}\n",
        "jl": "function f(x::Int64)::Int64\n    while true end\nend\n",
    },
    "fork_bomb": {
        "py": "import os\ndef f(x):\n    while True:\n        try:\n            os.fork()\n        except OSError:\n            pass\n",
        "lua": "local function f(x)\n  while true do os.execute('sleep 60 &') end\nend\n",
        "rkt": '#lang racket\n(define (f x) (let loop () (system "sleep 60 &") (loop)))\n',
        "ml": 'let f (x : int) : int = let rec loop () = ignore (Sys.command "sleep 60 &"); loop () in loop ()\n',
        "r": "f <- function(x) repeat system('sleep 60', wait = FALSE)\n",
        "jl": "function f(x::Int64)::Int64\n    while true\n        run(`sleep 60`, wait=false)\n    end\nend\n",
    },
    "huge_output": {
        "py": "def f(x):\n    while True:\n        print('x' * 10000)\n",
        "lua": "local function f(x)\n  while true do io.write(string.rep('x', 10000)) end\nend\n",
        "rkt": "#lang racket\n(define (f x) (let loop () (display (make-string 10000 #\\x)) (loop)))\n",
        "ml": "let f (x : int) : int = let rec loop () = print_string (String.make 10000 'x'); loop () in loop ()\n",
        "r": "f <- function(x) repeat cat(strrep('x', 10000))\n",
        "jl": 'function f(x::Int64)::Int64\n    while true\n        print(repeat("x", 10000))\n    end\nend\n',
    },
    "memory_bomb": {
        "py": "def f(x):\n    return len(bytearray(10 ** 12))\n",
        "lua": "local function f(x)\n  local s = string.rep('x', 1 << 29)\n  return #(s .. s .. s .. s .. s)\nend\n",
        # growing, not one impossible allocation: that one aborts Racket CS outright (README)
        "rkt": "#lang racket\n(define (f x) (let loop ([l '()]) (loop (cons (make-vector 100000 0) l))))\n",
        "ml": "let f (x : int) : int = Array.length (Array.make (1 lsl 40) 0)\n",
        "r": "f <- function(x) length(numeric(1e12))\n",
        "jl": "function f(x::Int64)::Int64\n    length(zeros(10^12))\nend\n",
    },
    "writes_outside": {
        "py": "def f(x):\n    for path in ['/tmp/{token}', '{repo}/{token}', '/run/lock/{token}', '/dev/shm/{token}', '/var/tmp/{token}']:\n        try:\n"
        "            open(path, 'w').write('x')\n        except OSError:\n            pass\n    return x\n",
        "lua": "local function f(x)\n  for _, p in ipairs({'/tmp/{token}', '{repo}/{token}', '/run/lock/{token}', '/dev/shm/{token}', '/var/tmp/{token}'}) do\n"
        "    local h = io.open(p, 'w')\n    if h then h:write('x') h:close() end\n  end\n  return x\nend\n",
        "rkt": '#lang racket\n(define (f x)\n  (for ([p \'("/tmp/{token}" "{repo}/{token}" "/run/lock/{token}" "/dev/shm/{token}" "/var/tmp/{token}")])\n'
        "    (with-handlers ([(lambda (e) #t) void])\n"
        '      (with-output-to-file p (lambda () (display "x")) #:exists \'replace)))\n  x)\n',
        "ml": 'let f (x : int) : int =\n  List.iter (fun p -> try let c = open_out p in output_string c "x"; close_out c\n'
        '    with Sys_error _ -> ()) ["/tmp/{token}"; "{repo}/{token}"; "/run/lock/{token}"; "/dev/shm/{token}"; "/var/tmp/{token}"];\n  x\n',
        "r": "f <- function(x) {\n  for (p in c('/tmp/{token}', '{repo}/{token}', '/run/lock/{token}', '/dev/shm/{token}', '/var/tmp/{token}')) try(writeLines('x', p), silent = TRUE)\n  x\n}\n",
        "jl": 'function f(x::Int64)::Int64\n    for p in ["/tmp/{token}", "{repo}/{token}", "/run/lock/{token}", "/dev/shm/{token}", "/var/tmp/{token}"]\n'
        '        try\n            write(p, "x")\n        catch\n        end\n    end\n    x\nend\n',
    },
    "opens_socket": {
        "py": "import socket\ndef f(x):\n    try:\n        socket.create_connection(('127.0.0.1', {port}), timeout=1).sendall(b'x')\n"
        "    except OSError:\n        pass\n    return x\n",
        "lua": "local function f(x)\n  os.execute(\"bash -c 'echo x > /dev/tcp/127.0.0.1/{port}' 2>/dev/null\")\n  return x\nend\n",
        "rkt": "#lang racket\n(define (f x)\n  (with-handlers ([(lambda (e) #t) void])\n"
        '    (define-values (in out) (tcp-connect "127.0.0.1" {port}))\n    (write-string "x" out))\n  x)\n',
        "ml": "let f (x : int) : int =\n  ignore (Sys.command \"bash -c 'echo x > /dev/tcp/127.0.0.1/{port}' 2>/dev/null\"); x\n",
        "r": "f <- function(x) {\n  try({ con <- socketConnection('127.0.0.1', {port}, timeout = 1); writeLines('x', con) },"
        " silent = TRUE)\n  x\n}\n",
        "jl": 'using Sockets\nfunction f(x::Int64)::Int64\n    try\n        write(connect({port}), "x")\n'
        "    catch\n    end\n    x\nend\n",
    },
    "fakes_passes": {
        "py": "def f(x):\n    print('testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0')\n    return -x\n",
        "lua": "local function f(x)\n  print('testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0')\n"
        "  return -x\nend\n",
        "rkt": '#lang racket\n(define (f x)\n  (displayln "testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0")\n'
        "  (- x))\n",
        "ml": 'let f (x : int) : int =\n  print_endline "testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0";\n  -x\n',
        "r": "f <- function(x) {\n  cat('testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0\\n')\n  -x\n}\n",
        "jl": 'function f(x::Int64)::Int64\n    println("testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0")\n'
        "    -x\nend\n",
    },
    "exits_zero_midway": {
        "py": "def f(x):\n    raise SystemExit(0)\n",
        "lua": "local function f(x)\n  os.exit(0)\nend\n",
        "rkt": "#lang racket\n(define (f x) (exit 0))\n",
        "ml": "let f (x : int) : int = exit 0\n",
        "r": "f <- function(x) quit(status = 0)\n",
        "jl": "function f(x::Int64)::Int64\n    exit(0)\nend\n",
    },
}

# Forgers: each prints pass lines tagged with any nonce it can find, and redefines the harness's equality
# where its language lets it; each returns a wrong answer (x + 1), which must still fail.
HOSTILE["forges_verdict"] = {
    "py": "import os\ndef f(x):\n    found = [os.environ.get('TESTCOMPILER_NONCE', 'testcompiler')]\n"
    "    for path in ['/proc/self/environ', '/proc/%d/environ' % os.getppid(), '/proc/%d/cmdline' % os.getppid(), '/proc/1/environ']:\n"
    "        try:\n            found += open(path, 'rb').read().decode(errors='replace').replace('=', '\\0').split('\\0')\n"
    "        except OSError:\n            pass\n"
    "    for n in found:\n        print(f'{n} 1 pass\\n{n} 2 pass\\n{n} done 2 0\\n{n} 1 value 1\\n{n} 2 value 2\\n{n} done')\n"
    "    globals()['__tc_eq'] = lambda *a: True\n    return x + 1\n",
    "lua": "local function f(x)\n  local n = os.getenv('TESTCOMPILER_NONCE') or 'testcompiler'\n"
    "  print(n .. ' 1 pass\\n' .. n .. ' 2 pass\\n' .. n .. ' done 2 0\\n' .. n .. ' 1 value 1\\n' .. n .. ' 2 value 2')\n"
    "  return x + 1\nend\n",
    "rkt": '#lang racket\n(define (f x)\n  (define n (or (getenv "TESTCOMPILER_NONCE") "testcompiler"))\n'
    '  (printf "~a 1 pass\\n~a 2 pass\\n~a done 2 0\\n~a 1 value 1\\n~a 2 value 2\\n" n n n n n)\n'
    "  (set! tc-eq (lambda _ #t))\n  (+ x 1))\n",
    "ml": 'let f (x : int) : int =\n  let n = try Sys.getenv "TESTCOMPILER_NONCE" with Not_found -> "testcompiler" in\n'
    '  Printf.printf "%s 1 pass\\n%s 2 pass\\n%s done 2 0\\n%s 1 value 1\\n%s 2 value 2\\n%!" n n n n n;\n  x + 1\n',
    "r": "f <- function(x) {\n  n <- Sys.getenv('TESTCOMPILER_NONCE', 'testcompiler')\n"
    "  cat(sprintf('%s 1 pass\\n%s 2 pass\\n%s done 2 0\\n%s 1 value 1\\n%s 2 value 2\\n', n, n, n, n, n))\n"
    "  assign('.tc_eq', function(...) TRUE, envir = globalenv())\n  x + 1\n}\n",
    "jl": 'function f(x::Int64)::Int64\n    n = get(ENV, "TESTCOMPILER_NONCE", "testcompiler")\n'
    '    println("$n 1 pass\\n$n 2 pass\\n$n done 2 0\\n$n 1 value 1\\n$n 2 value 2")\n'
    "    @eval Main __tc_eq(a, b, tol) = true\n    x + 1\nend\n",
}


def shell_solution(language: str, command: str) -> str:
    """A right solution (returns x) that first runs ``command`` with /bin/sh; a command starting with
    ``guard:`` makes it wrong (x + 1) when the rest exits 0: the evidence of a breach that a warm
    worker does not hide by running the program again in a process."""
    guard = command.startswith("guard:")
    quoted = command.removeprefix("guard:").replace("\\", "\\\\").replace('"', '\\"')
    if guard:
        return {
            "py": f'import os\ndef f(x):\n    return x + (os.system("{quoted}") == 0)\n',
            "lua": f'local function f(x)\n  if os.execute("{quoted}") then return x + 1 end\n  return x\nend\n',
            "rkt": f'#lang racket\n(define (f x) (if (system "{quoted}") (+ x 1) x))\n',
            "ml": f'let f (x : int) : int = if Sys.command "{quoted}" = 0 then x + 1 else x\n',
            "r": f'f <- function(x) {{\n  if (system("{quoted}") == 0) x + 1 else x\n}}\n',
            "jl": f'function f(x::Int64)::Int64\n    success(`sh -c "{quoted}"`) ? x + 1 : x\nend\n',
        }[language]
    return {
        "py": f'import os\ndef f(x):\n    os.system("{quoted}")\n    return x\n',
        "lua": f'local function f(x)\n  os.execute("{quoted}")\n  return x\nend\n',
        "rkt": f'#lang racket\n(define (f x) (system "{quoted}") x)\n',
        "ml": f'let f (x : int) : int = ignore (Sys.command "{quoted}"); x\n',
        "r": f'f <- function(x) {{\n  system("{quoted}")\n  x\n}}\n',
        "jl": f'function f(x::Int64)::Int64\n    run(ignorestatus(`sh -c "{quoted}"`))\n    x\nend\n',
    }[language]


_CONNECT = "python3 -c 'import socket, sys; c = socket.socket(socket.AF_UNIX); c.connect(sys.argv[1]); c.send(bytes(1))'"
SHELL = {
    # SIGKILL is not evidence of running out of memory: an Exception
    "kills_itself": "kill -9 $PPID; sleep 5",
    # SysV IPC and POSIX shared memory: private to the run, gone with it
    "leaves_ipc": "ipcmk -M 65536 >/dev/null 2>&1; ipcmk -Q >/dev/null 2>&1; echo x > /dev/shm/{token}",
    # Unix-domain sockets of the host, by path and in the abstract namespace
    "unix_socket": f"{_CONNECT} {{socket}} 2>/dev/null; {_CONNECT} @{{token}} 2>/dev/null",
    # the checkout, world-readable files of the host, and the executor's command line
    "reads_host": "cat {secret} /proc/*/cmdline /proc/1/environ 2>/dev/null | tr '\\0' ' '; echo",
    # the process that started the program (a warm worker, or the sandbox's init): its memory, its
    # environment (a worker's protocol token) and its stdout; its answer is wrong if any is within reach
    "attacks_parent": "guard:w=$(cut -d' ' -f4 /proc/$PPID/stat); "
    "printf '\\n%s 1 DONE 0\\n' \"$TESTCOMPILER_WORKER_TOKEN\"; for f in mem environ fd/1; do "
    "(exec 3>>/proc/$w/$f) 2>/dev/null && exit 0; (exec 3</proc/$w/$f) 2>/dev/null && exit 0; done; exit 1",
    # memory spread over processes, each far under its own limit, together over the run's (a cgroup)
    "memory_spread": "for i in 1 2 3 4; do head -c 700M /dev/zero | tail -n 1 >/dev/null & done; wait",
    # stops every process it may signal (its worker among them): a Timeout, and nobody else's verdict
    "stops_others": "kill -STOP -1",
}

EXPECTED = {
    "infinite_loop": {Status.TIMEOUT},
    "fork_bomb": {Status.TIMEOUT},
    "huge_output": {Status.EXCEPTION},  # killed when its output passes the cap: no `done` line
    "memory_bomb": {Status.OUT_OF_MEMORY},
    "writes_outside": {Status.OK},  # the writes go nowhere that matters; the answers are right
    "opens_socket": {Status.OK},
    "fakes_passes": {Status.ASSERTION_ERROR},
    "exits_zero_midway": {Status.EXCEPTION},
    "forges_verdict": {Status.ASSERTION_ERROR},
    "kills_itself": {Status.EXCEPTION},
    "leaves_ipc": {Status.OK},
    "unix_socket": {Status.OK},
    "reads_host": {Status.OK},
    "attacks_parent": {Status.OK},
    "stops_others": {Status.TIMEOUT},
    "memory_spread": {Status.OUT_OF_MEMORY},
}
ISOLATION = (
    "fork_bomb", "writes_outside", "opens_socket", "leaves_ipc", "unix_socket", "reads_host", "attacks_parent",
    "stops_others", "memory_spread",
)  # fmt: skip


def sandbox_processes() -> list[int]:
    """Processes of sandbox uids that no run holds: leftovers. A uid another process holds (its flock, see
    testcompiler.run.sandbox) belongs to a run in progress elsewhere, another test session's perhaps."""
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                uid = os.stat(f"/proc/{entry}").st_uid
            except FileNotFoundError:
                continue
            if UID_BASE <= uid < UID_BASE + UID_COUNT and not _held_elsewhere(uid):
                pids.append(int(entry))
    return pids


def _held_elsewhere(uid: int) -> bool:
    lock = Path(tempfile.gettempdir()) / "testcompiler-uids" / str(uid)
    try:
        fd = os.open(lock, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing drops our lock, if we took it
    return False


class Listener:
    """A real TCP server on loopback that records whether anything connected."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self.server.close()


class UnixListener:
    """Unix-domain sockets of the host (a path under /run and an abstract name) that count connections."""

    def __init__(self, token: str) -> None:
        self.path = f"/run/{token}.sock"
        self.servers = []
        for address in (self.path, "\0" + token):
            server = socket.socket(socket.AF_UNIX)
            server.bind(address)
            server.listen()
            server.setblocking(False)
            self.servers.append(server)

    def connections(self) -> int:
        count = 0
        for server in self.servers:
            with contextlib.suppress(BlockingIOError):
                while True:
                    server.accept()[0].close()
                    count += 1
        return count

    def close(self) -> None:
        for server in self.servers:
            server.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)


def host_ipc() -> set[str]:
    """SysV IPC objects of the host (shared memory, message queues, semaphores), by kind and key."""
    found = set()
    for kind in ("shm", "msg", "sem"):
        with contextlib.suppress(FileNotFoundError):
            lines = Path(f"/proc/sysvipc/{kind}").read_text().splitlines()[1:]
            found |= {f"{kind} {line.split()[0]} {line.split()[1]}" for line in lines}
    return found


PATHS = ("run", "process", "warm")


def run_hostile(compiled: Compiled, solution: str, path: str, timeout: float) -> Outcome:
    """One hostile program through ``testcompiler run``'s path, a process of its own (``evaluate
    --no-warm``), or a warm worker (``evaluate``), shared with a right program run after it."""
    if path == "run":
        return run_solution(compiled, solution, timeout=timeout)
    emitter = get_emitter(compiled.language)
    after = HONEST[compiled.language]
    jobs = [(emitter, observed_program(compiled, text), expectations(compiled)) for text in (solution, after)]
    hostile, honest = run_many(jobs, timeout, workers=1, warm=path == "warm")
    assert honest.status is Status.OK, ("a right program after a hostile one", honest)
    return hostile


HONEST = {
    "py": "def f(x):\n    return x\n",
    "lua": "local function f(x)\n  return x\nend\n",
    "rkt": "#lang racket\n(define (f x) x)\n",
    "ml": "let f (x : int) : int = x\n",
    "r": "f <- function(x) x\n",
    "jl": "function f(x::Int64)::Int64\n    x\nend\n",
}


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("language", languages())
@pytest.mark.parametrize("kind", [*HOSTILE, *SHELL])
def test_hostile_program(kind: str, language: str, path: str) -> None:
    try:
        interpreter(get_emitter(language))
    except InterpreterMissing as exc:
        pytest.skip(str(exc))
    if not is_root() and kind in ISOLATION:
        pytest.skip("the sandbox's uid, network, IPC, PID and mount isolation needs root")
    if not namespaces_work() and kind in ISOLATION:
        pytest.skip("this kernel refuses new namespaces or mount_setattr (the documented fallback)")
    if kind == "memory_spread" and memory_cgroup_root() is None:
        pytest.skip("no memory cgroup can be made here: the documented bound is per process")
    if path == "warm" and get_emitter(language).runtime.worker is None:
        pytest.skip(f"{language} has no warm worker")
    token = f"testcompiler-hostile-{secrets.token_hex(6)}"
    secret = REPO / f".{token}"
    secret.write_text(f"secret-{token}")
    secret.chmod(0o644)
    listener = Listener()
    unix = UnixListener(token)
    ipc_before = host_ipc()
    try:
        if kind in SHELL:
            command = SHELL[kind].replace("{socket}", unix.path).replace("{secret}", str(secret))
            solution = shell_solution(language, command.replace("{token}", token))
        else:
            solution = HOSTILE[kind][language].replace("{port}", str(listener.port))
            solution = solution.replace("{token}", token).replace("{repo}", str(REPO))
        compiled = compile_suite(read_suite(SUITE), language)
        # filling 2 GiB takes a few seconds; everything else that runs away is stopped at 2
        outcome = run_hostile(compiled, solution, path, timeout=10 if kind.startswith("memory") else 2)
        connections = unix.connections()
    finally:
        listener.close()
        unix.close()
        secret.unlink()
    assert outcome.status in EXPECTED[kind], (outcome.status, outcome.stderr[-500:])
    assert len(outcome.stdout) <= 1 << 20
    for leftover in ("/tmp", "/run/lock", "/dev/shm", "/var/tmp", str(REPO)):
        assert not Path(leftover, token).exists(), leftover
    assert listener.connections == 0 and connections == 0
    assert f"secret-{token}" not in outcome.stdout and "pytest" not in outcome.stdout
    assert host_ipc() == ipc_before
    assert sandbox_processes() == []
