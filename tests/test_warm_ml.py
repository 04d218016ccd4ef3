"""OCaml's warm worker compiles programs with its native compile server (emitters/ml/compiler.ml) and loads
the bytecode in a forked toplevel; a program the server declines, and any fault of the server, takes the
toplevel's own way. Either way a program ends as `ocaml main.ml` ends it: the same verdict, exit code, output
(nonce aside) and error text. The hostile cases attack the server from a program and check that the next
program's verdict is untouched."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_hostile import SUITE

from emitters import get_emitter
from testcompiler import InterpreterMissing, read_suite
from testcompiler.api import compile_suite, program
from testcompiler.run.executor import Outcome, Status, interpreter
from testcompiler.run.pool import run_many
from testcompiler.run.sandbox import is_root, uses_namespaces
from testcompiler.run.warm import Worker

SOLUTIONS = {  # f must return its argument; each name says what else it does
    "ordinary": "let f (x : int) : int = x\n",
    "wrong": "let f (x : int) : int = x + 1\n",
    "raises_while_loading": 'let () = failwith "boom"\nlet f (x : int) : int = x\n',
    "prints_then_raises": (
        'let () = print_endline "before"\nlet () = raise Not_found\nlet f (x : int) : int = x\n'
    ),
    # declined by the server (ocamlc refuses what the toplevel takes): the toplevel compiles them
    "leaves_a_weak_type": "let cache = ref []\nlet f (x : int) : int = x\n",
    "uses_a_toplevel_directive": '#warnings "-a";;\nlet f (x : int) : int = x\n',
    "uses_a_library_not_loaded": (
        'let f (x : int) : int = if Str.string_match (Str.regexp "a") "a" 0 then x else 0\n'
    ),
    "names_its_module": "let f (x : int) : int = print_endline __MODULE__; x\n",
    # the exception's name as Printexc shows it: E(2), as in the toplevel, not Main.E(2)
    "raises_its_own_exception": (
        "exception E of int\nlet f (x : int) : int = if x = 2 then raise (E 2) else x\n"
    ),
    "raises_a_nested_exception": (
        "module M = struct exception E end\nlet f (x : int) : int = if x = 2 then raise M.E else x\n"
    ),
    "prints_an_exception": "exception E\nlet f (x : int) : int = print_endline (Printexc.to_string E); x\n",
    "prints_its_file_and_location": (
        "let f (x : int) : int = print_endline __FILE__; print_endline __LOC__; x\n"
    ),
    "exits_midway": "let f (x : int) : int = exit 3\n",
    "overflows_the_stack": "let rec g n = if n = 0 then 0 else 1 + g (n - 1)\n"
    "let f (x : int) : int = ignore (g 100_000_000); x\n",
    "ill_typed": 'let f (x : int) : int = x ^ "a"\n',
}

# Solutions that could tell the prelude was loaded before them (`ocaml main.ml` has it after them, so that
# what they bind is what it uses, and its names are not bound yet): each runs in a process of its own. Each
# returns a wrong answer, so that a harness that took the solution's word would show.
BEFORE_THE_PRELUDE = {
    "names_the_harness": (
        'let f (x : int) : int = x + 1\nlet __tc_check index _ = __tc_report index "pass" ""\n'
    ),
    "defines_print_string": "let f (x : int) : int = x + 1\nlet print_string _ = ()\n",
    "defines_exit": "let f (x : int) : int = x + 1\nlet exit _ = Stdlib.exit 0\n",
    "defines_an_operator": "let f (x : int) : int = x + 1\nlet ( ^ ) a _ = a\n",
    "defines_none": "type t = None | Some of int\nlet f (x : int) : int = x + 1\n",
    "opens_a_module": "open Format\nlet f (x : int) : int = x + 1\n",
    "includes_a_module": "include List\nlet f (x : int) : int = x + 1\n",
    "names_the_worker": "let f (x : int) : int = x + 1\nlet () = __tcw_give_nonce := ignore\n",
    "names_the_prelude_module": "module P = Tc_prelude\nlet f (x : int) : int = x + 1\n",
    # not the prelude, but the same kind of thing: the worker's toplevel has read the compiler's own modules
    "names_the_compilers_modules": "let f (x : int) : int = ignore Toploop.toplevel_env; x + 1\n",
    "names_its_own_module": "let f (x : int) : int = x + 1\nlet g = Main.f\n",  # ocamlc's driver is Main
    "makes_warnings_errors": '[@@@ocaml.warnerror "+a"]\nlet f (x : int) : int = x + 1\n',
}

# Programs aimed at the server, each run before an ordinary and a wrong program in the same worker. The
# server cannot be seen in /proc (it is untraceable, as the worker and the program are), so they signal every
# pid in reach but their shell's, their own and the worker's ({worker}: the test fills in its pid as the
# program sees it).
OTHERS = (
    "for p in $(seq 1 64); do [ $p != $$ ] && [ $p != $PPID ] && [ $p != {{worker}} ] && kill -{signal} $p; "
    "done 2>/dev/null"
)
ATTACKS = {
    "kills_the_server": f'let f (x : int) : int = ignore (Sys.command "{OTHERS.format(signal=9)}"); x\n',
    "stops_the_server": f'let f (x : int) : int = ignore (Sys.command "{OTHERS.format(signal="STOP")}"); x\n',
    "rewrites_the_prelude_it_compiles_against": (
        'let f (x : int) : int = ignore (Sys.command "for d in /var/cache/testcompiler/ml-compiler-* '
        "$HOME/.cache/testcompiler/ml-compiler-*; do echo junk > $d/tc_prelude.cmi; "
        'rm -f $d/tc_prelude.cmi; done"); x\n'
    ),
    "writes_to_every_descriptor": (
        'let f (x : int) : int = ignore (Sys.command "for fd in 3 4 5 6 7 8 9; do echo x >&$fd; done"); x\n'
    ),
}
# where the attack lands, seen from the host: the server killed, or stopped
LANDS = {"kills_the_server": ("gone",), "stops_the_server": ("T (stopped)", "t (tracing stop)")}


def _inner_pid(pid: int) -> str:
    """The pid as processes in its own PID namespace see it."""
    status = Path(f"/proc/{pid}/status").read_text()
    return next(line.split()[-1] for line in status.splitlines() if line.startswith("NSpid:"))


def _state(pid: int) -> str:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return "gone"
    state = next(line.split(":", 1)[1].strip() for line in status.splitlines() if line.startswith("State:"))
    return "gone" if state.startswith("Z") else state


def _seen(outcome: Outcome) -> tuple[object, ...]:
    """All that `ocaml main.ml` shows, but the nonce (a fresh one each run)."""
    stdout = re.sub(r"^[0-9a-f]{16} ", "NONCE ", outcome.stdout, flags=re.M)
    checks = tuple((r.index, r.status, r.detail) for r in outcome.checks)
    return outcome.status, outcome.exit_code, checks, stdout, outcome.stderr


@pytest.fixture(scope="module")
def workers() -> Iterator[list[Worker]]:
    """One worker for the cases below (a pool keeps one for many programs); a case that leaves it closed or
    spent gets a new one."""
    emitter = get_emitter("ml")
    try:
        interpreter(emitter)
    except InterpreterMissing as exc:
        pytest.skip(str(exc))
    if emitter.runtime.worker is None:
        pytest.skip("no compile server here (ocamlopt or compiler-libs missing): a process per program")
    started: list[Worker] = []
    yield started
    for worker in started:
        worker.close()


def _worker(started: list[Worker]) -> Worker:
    if not started or started[-1].closed or started[-1].spent:
        started.append(Worker(get_emitter("ml")))
        assert len(started[-1].spare) == 2, "READY named no compile server"
    return started[-1]


@pytest.mark.parametrize("name", sorted(SOLUTIONS))
def test_a_program_ends_as_ocaml_ends_it(name: str, workers: list[Worker]) -> None:
    emitter = get_emitter("ml")
    suite = compile_suite(read_suite(SUITE), "ml")
    text = program(suite, SOLUTIONS[name])
    warm = _worker(workers).run(text, len(suite.checks), 10.0)
    [cold] = run_many([(emitter, text, len(suite.checks))], timeout=10, warm=False)
    assert warm is not None, "the worker gave the program up to a process of its own"
    assert _seen(warm) == _seen(cold)


@pytest.mark.skipif(not is_root(), reason="a worker's programs are killed by uid: needs the sandbox's uids")
@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_an_attack_on_the_compile_server_changes_no_later_verdict(name: str) -> None:
    """The server shares the worker's uid, as its programs do: one may kill it, stop it or write where it
    reads. The next programs still get `ocaml main.ml`'s verdicts, from the worker (a dead server: the
    toplevel compiles) or from a process of their own (a stopped one: the worker is given up)."""
    emitter = get_emitter("ml")
    try:
        interpreter(emitter)
    except InterpreterMissing as exc:
        pytest.skip(str(exc))
    suite = compile_suite(read_suite(SUITE), "ml")
    n = len(suite.checks)
    worker = Worker(emitter)
    try:
        [server] = worker.spare - {worker.pid}
        if not uses_namespaces(worker.slot):
            pytest.skip("without a PID namespace of its own the server's pid is out of the attack's reach")
        attack_text = ATTACKS[name].replace("{worker}", _inner_pid(worker.pid))
        attack = worker.run(program(suite, attack_text), n, 10.0)
        assert attack is not None and attack.status is Status.OK
        if name in LANDS:
            assert _state(server) in LANDS[name], "the attack missed the server: it proves nothing"
        after = ((SOLUTIONS["ordinary"], Status.OK), (SOLUTIONS["wrong"], Status.ASSERTION_ERROR))
        for solution, status in after:
            text = program(suite, solution)
            warm = worker.run(text, n, 3.0) if not worker.closed else None
            outcome = warm or run_many([(emitter, text, n)], timeout=10, warm=False)[0]
            assert outcome.status is status
            if warm is not None:
                [cold] = run_many([(emitter, text, n)], timeout=10, warm=False)
                assert _seen(warm) == _seen(cold)
    finally:
        worker.close()


@pytest.mark.parametrize("name", sorted(BEFORE_THE_PRELUDE))
def test_a_solution_that_could_tell_the_prelude_came_first_runs_in_a_process(
    name: str, workers: list[Worker]
) -> None:
    emitter = get_emitter("ml")
    suite = compile_suite(read_suite(SUITE), "ml")
    text = program(suite, BEFORE_THE_PRELUDE[name])
    worker = _worker(workers)
    assert worker.run(text, len(suite.checks), 10.0) is None, "the worker ran it with the prelude first"
    assert not worker.closed and not worker.spent  # and takes the next program
    [warm] = run_many([(emitter, text, len(suite.checks))], timeout=10, warm=True)
    [cold] = run_many([(emitter, text, len(suite.checks))], timeout=10, warm=False)
    assert _seen(warm) == _seen(cold)
    assert warm.status is not Status.OK
