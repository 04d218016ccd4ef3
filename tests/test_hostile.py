# ruff: noqa: E501  (the hostile programs read best one per line)
"""Hostile programs in every installed language: each gets the right status, and the host is unharmed (no
file written outside the run's directory, no connection made, no process left behind)."""

from __future__ import annotations

import os
import secrets
import socket
import threading
from pathlib import Path

import pytest

from emitters import get_emitter, languages
from testcompiler import InterpreterMissing, Status, read_suite, run_solution
from testcompiler.api import compile_suite
from testcompiler.executor import interpreter
from testcompiler.sandbox import UID_BASE, UID_COUNT, is_root, namespaces_work

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
        "py": "def f(x):\n    for path in ['/tmp/{token}', '{repo}/{token}']:\n        try:\n"
        "            open(path, 'w').write('x')\n        except OSError:\n            pass\n    return x\n",
        "lua": "local function f(x)\n  for _, p in ipairs({'/tmp/{token}', '{repo}/{token}'}) do\n"
        "    local h = io.open(p, 'w')\n    if h then h:write('x') h:close() end\n  end\n  return x\nend\n",
        "rkt": '#lang racket\n(define (f x)\n  (for ([p \'("/tmp/{token}" "{repo}/{token}")])\n'
        "    (with-handlers ([(lambda (e) #t) void])\n"
        '      (with-output-to-file p (lambda () (display "x")) #:exists \'replace)))\n  x)\n',
        "ml": 'let f (x : int) : int =\n  List.iter (fun p -> try let c = open_out p in output_string c "x"; close_out c\n'
        '    with Sys_error _ -> ()) ["/tmp/{token}"; "{repo}/{token}"];\n  x\n',
        "r": "f <- function(x) {\n  for (p in c('/tmp/{token}', '{repo}/{token}')) try(writeLines('x', p), silent = TRUE)\n  x\n}\n",
        "jl": 'function f(x::Int64)::Int64\n    for p in ["/tmp/{token}", "{repo}/{token}"]\n'
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

EXPECTED = {
    "infinite_loop": {Status.TIMEOUT},
    "fork_bomb": {Status.TIMEOUT},
    "huge_output": {Status.EXCEPTION},  # killed when its output passes the cap: no `done` line
    "memory_bomb": {Status.OUT_OF_MEMORY},
    "writes_outside": {Status.OK},  # the writes go nowhere that matters; the answers are right
    "opens_socket": {Status.OK},
    "fakes_passes": {Status.ASSERTION_ERROR},
    "exits_zero_midway": {Status.EXCEPTION},
}


def sandbox_processes() -> list[int]:
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                uid = os.stat(f"/proc/{entry}").st_uid
            except FileNotFoundError:
                continue
            if UID_BASE <= uid < UID_BASE + UID_COUNT:
                pids.append(int(entry))
    return pids


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


@pytest.mark.parametrize("language", languages())
@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_program(kind: str, language: str) -> None:
    try:
        interpreter(get_emitter(language))
    except InterpreterMissing as exc:
        pytest.skip(str(exc))
    if not is_root() and kind in ("fork_bomb", "writes_outside", "opens_socket"):
        pytest.skip("the sandbox's uid, network and mount isolation needs root")
    if not namespaces_work() and kind in ("writes_outside", "opens_socket"):
        pytest.skip("this kernel refuses new network and mount namespaces (the documented fallback)")
    token = f"testcompiler-hostile-{secrets.token_hex(6)}"
    listener = Listener()
    try:
        solution = HOSTILE[kind][language].replace("{port}", str(listener.port))
        solution = solution.replace("{token}", token).replace("{repo}", str(REPO))
        compiled = compile_suite(read_suite(SUITE), language)
        # filling 2 GiB takes a few seconds; everything else that runs away is stopped at 2
        outcome = run_solution(compiled, solution, timeout=10 if kind == "memory_bomb" else 2)
    finally:
        listener.close()
    assert outcome.status in EXPECTED[kind], (outcome.status, outcome.stderr[-500:])
    assert len(outcome.stdout) <= 1 << 20
    assert not Path("/tmp", token).exists() and not (REPO / token).exists()
    assert listener.connections == 0
    assert sandbox_processes() == []
