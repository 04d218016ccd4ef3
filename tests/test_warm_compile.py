"""Warm compilers (testcompiler.run.compiler) give the verdicts of the one-command path, and a source aimed at
the compiler decides no other program's verdict. The corpus, its mutants and the hostile programs run through
them in tests/test_warm.py and tests/test_hostile.py; here, what only a compiler meets."""

from __future__ import annotations

import os
import signal
import time

import pytest
from corpus import PROBLEMS, compiled, solution
from sampling import diagonal
from test_hostile import FINISHES, SUITE

from emitters import all_emitters, get_emitter
from testcompiler import InterpreterMissing, read_suite
from testcompiler.api import compile_suite, program
from testcompiler.run.compiler import CompilerFailed, CompilerPool, CompileServer, run_compiled
from testcompiler.run.executor import Deadline, Outcome, Status, interpreter
from testcompiler.run.pool import run_many
from testcompiler.run.sandbox import program_pid
from testcompiler.run.warm import _alive

LANGUAGES = [e.name for e in all_emitters() if e.runtime.compiler]
# What the pool does with a server is the same for every language's: the quickest to start (Java's) meets
# it every run, the others (a Kotlin or Scala server starts in half a minute) in today's sample.
QUICKEST = min(LANGUAGES, key=lambda name: get_emitter(name).runtime.startup_seconds)
POOL_CASES = [pytest.param(name, marks=[] if name == QUICKEST else [pytest.mark.slow]) for name in LANGUAGES]
# Each source is compiled the one command's way (a cold compiler of its own, 6 s for kotlinc) on one day in
# COLD_SHARE; the warm server compiles them all, every run.
COLD_SHARE = 3


def _need(language: str) -> None:
    try:
        interpreter(get_emitter(language))
    except InterpreterMissing as exc:
        pytest.skip(str(exc))


def _kill(server: CompileServer) -> None:
    """The server's JVM (not the sandbox's relay) dies."""
    pid = program_pid(server.proc.pid, server.slot)
    os.kill(pid, signal.SIGKILL)
    while _alive(pid):
        time.sleep(0.01)


def _key(outcome: Outcome) -> tuple[object, ...]:
    return outcome.status, outcome.exit_code, tuple((r.index, r.status) for r in outcome.checks)


# Java sources that javac treats in ways of its own: the one command's verdict must stay theirs.
F = "import java.util.*;\nclass Problem {\n    public static long f(long x) {\n"
JAVA = {
    "does not compile": F + "        return y;\n",
    "type error": F + '        return "x";\n',
    # public, in a file not named after it: the source launcher takes it, javac alone (parse_only) does not
    "public class": F.replace("class Problem", "public class Problem") + "        return x;\n",
    # the first top-level class is what runs; here it has no main
    "helper class first": F.replace("class Problem", "class Helper { }\nclass Problem")
    + "        return x;\n",
    "nested and local classes": F
    + "        class L { long g() { return new Object() { long h() { return x; } }.h(); } }\n"
    "        return new L().g();\n",
    # the import of the compiled prelude goes first, before the package: javac refuses it, javac alone not
    "in a package": "package p.q;\n" + F + "        return x;\n",
    "unicode names": F
    + "        long \u00e9t\u00e9 = x;\n        class \u00c9t\u00e9 { }\n        return \u00e9t\u00e9;\n",
    # a deprecation warning: the program still runs
    "warns": F + "        return new Long(x);\n",
    # main leaves before the harness prints anything: the verdict asks parse_only
    "exits at once": F.replace("class Problem {", "class Problem {\n    static { System.exit(3); }")
    + "        return x;\n",
}


# Scala sources that scalac treats in ways of its own. A program cannot define a macro (the macro API is in
# scala-reflect, on neither class path), let alone expand one in the run that defines it: the server never
# runs code of the program's.
S = (
    "import scala.math._\nimport scala.collection.mutable._\n"
    "object Problem {\n    def f(x : Long) : Long = {\n"
)
SCALA = {
    "does not compile": S + "        y\n",
    "type error": S + '        "x"\n',
    "helper object first": S.replace("object Problem", "object Helper { def g = 1 }\nobject Problem")
    + "        x + Helper.g - 1\n",
    "nested and local classes": S
    + "        class L { def g() : Long = new Object { def h() : Long = x }.h() }\n        new L().g()\n",
    # object Problem is then p.q.Problem: MultiPL-E's run of Problem finds no such class
    "in a package": "package p.q\n" + S + "        x\n",
    "unicode names": S
    + "        val \u00e9t\u00e9 = x\n        class \u00c9t\u00e9\n        \u00e9t\u00e9\n",
    # a deprecation warning: the program still runs
    "warns": S + '        @deprecated("no", "0") def g(y : Long) = y\n        g(x)\n',
    # the object's initializer leaves before the harness prints anything: the verdict asks parse_only
    "exits at once": S.replace("object Problem {", "object Problem {\n    System.exit(3)") + "        x\n",
    "defines a macro": "import scala.language.experimental.macros\n"
    + "import scala.reflect.macros.blackbox.Context\n"
    + "object M {\n    def impl(c : Context)(a : c.Expr[Long]) : c.Expr[Long] = a\n"
    + "    def m(a : Long) : Long = macro impl\n}\n"
    + S
    + "        M.m(x)\n",
}
# Kotlin sources that kotlinc treats in ways of its own. Kotlin 1.3 runs nothing of a program while compiling
# it (no macros; plugins and annotation processors only when named on the command line, which they never are).
K = "import kotlin.math.*\n\nfun f(x : Long) : Long {\n"
KOTLIN = {
    "does not compile": K + "    return y\n",
    "type error": K + '    return "x"\n',
    "helper class first": "import kotlin.math.*\n\nclass Helper { fun g() = 1L }\n"
    + K.split("\n\n", 1)[1]
    + "    return x + Helper().g() - 1\n",
    "nested and local classes": K
    + "    class L { fun g() : Long = object { fun h() : Long = x }.h() }\n    return L().g()\n",
    # the facade class is then p.q.Tc_mainKt: no class Tc_mainKt to run, in either path
    "in a package": "package p.q\n" + K + "    return x\n",
    "unicode names": K + "    val \u00e9t\u00e9 = x\n    class \u00c9t\u00e9\n    return \u00e9t\u00e9\n",
    # a warning (an unused variable): the program still runs
    "warns": K + "    val unused = 1\n    return x\n",
    # a top-level initializer leaves before the harness prints anything: the verdict asks parse_only
    "exits at once": "import kotlin.math.*\n\nval early = System.exit(3)\n"
    + K.split("\n\n", 1)[1]
    + "    return x\n",
    # a main of its own clashes with the harness's
    "defines main": K + "    return x\n}\n\nfun main() {\n    println(1)\n",
}
OWN = {"java": JAVA, "scala": SCALA, "kt": KOTLIN}


@pytest.mark.parametrize("language", LANGUAGES)
def test_sources_of_their_own_judged_as_the_one_command_judges_them(language: str) -> None:
    """Through the warm server, every source; a third of them (another third each day, all with
    TESTCOMPILER_FULL=1) also the one command's way, with the same verdict."""
    _need(language)
    emitter = get_emitter(language)
    suite = compile_suite(read_suite(SUITE), language)
    sources = OWN[language]
    names = list(sources)
    jobs = [(emitter, program(suite, sources[name]), len(suite.checks)) for name in names]
    warm = run_many(jobs, timeout=FINISHES, warm=True)
    today = [i for i in range(len(names)) if diagonal(i, 0, COLD_SHARE)]
    cold = run_many([jobs[i] for i in today], timeout=FINISHES, warm=False)
    pairs = [(names[i], _key(warm[i]), _key(c)) for i, c in zip(today, cold, strict=True)]
    differences = [(name, w, c) for name, w, c in pairs if w != c]
    assert today and differences == []
    statuses = {n: w.status for n, w in zip(names, warm, strict=True)}
    assert statuses["does not compile"] is Status.SYNTAX_ERROR
    assert statuses["nested and local classes"] is statuses["unicode names"] is Status.OK


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_server_compiles_and_the_program_runs_apart(language: str) -> None:
    """Ordinary programs are answered by the server itself (no quiet fallback), several in a row."""
    _need(language)
    emitter = get_emitter(language)
    c = compiled(PROBLEMS[0], language)
    text = program(c, solution(PROBLEMS[0], language))
    server = CompileServer(emitter)
    try:
        outcomes = [run_compiled(server, text, emitter, len(c.checks), 5.0) for _ in range(3)]
        assert not server.closed
    finally:
        server.close()
    assert [o.status if o else None for o in outcomes] == [Status.OK] * 3


@pytest.mark.parametrize("language", POOL_CASES)
def test_a_server_that_dies_or_lies_is_thrown_away(language: str) -> None:
    _need(language)
    emitter = get_emitter(language)
    c = compiled(PROBLEMS[0], language)
    text = program(c, solution(PROBLEMS[0], language))
    dead = CompileServer(emitter)
    _kill(dead)
    assert run_compiled(dead, text, emitter, len(c.checks), 5.0) is None
    assert dead.closed
    # through the pool: the program still gets its verdict
    pool = CompilerPool()
    try:
        assert pool.run(emitter, text, len(c.checks), 5.0) is not None
        server = pool._idle[language].get_nowait()
        _kill(server)
        pool._idle[language].put(server)
        assert pool.run(emitter, text, len(c.checks), 5.0) is None  # thrown away: run without it
        outcome = pool.run(emitter, text, len(c.checks), 5.0)  # a fresh server
        assert outcome is not None and outcome.status is Status.OK
        # that server turns liar (one JVM started for both cases, not one more): its answers now carry a
        # token other than the one it was given
        liar = pool._idle[language].get_nowait()
        liar.token = "0" * 16
        with pytest.raises(CompilerFailed):
            liar.compile(text, Deadline(5.0))
    finally:
        pool.close()  # the liar's too


def _slow_java(n: int) -> str:
    """A solution whose local types double in size at each line: javac's inference takes exponential time
    (n = 20: seconds; 26: far beyond any limit)."""
    lines = "".join(f"        var a{i + 1} = java.util.Map.entry(a{i}, a{i});\n" for i in range(n))
    return F + "        var a0 = 1L;\n" + lines + "        return x;\n"


@pytest.mark.parametrize("language", ["java"])
def test_a_source_that_makes_the_compiler_slow_decides_no_other_verdict(language: str) -> None:
    """Its compile runs past the limit: the server is thrown away and the program judged by the one command
    (a Timeout there too); the programs compiled beside it and after it get their own verdicts."""
    _need(language)
    emitter = get_emitter(language)
    c = compiled(PROBLEMS[0], language)
    right = program(c, solution(PROBLEMS[0], language))
    suite = compile_suite(read_suite(SUITE), language)
    slow = (emitter, program(suite, _slow_java(26)), len(suite.checks))
    jobs = [slow, *[(emitter, right, len(c.checks))] * 4]
    outcomes = run_many(jobs, timeout=1, workers=2)
    assert outcomes[0].status is Status.TIMEOUT
    assert [o.status for o in outcomes[1:]] == [Status.OK] * 4


@pytest.mark.parametrize("language", ["java"])
def test_a_source_that_overflows_the_compilers_stack_is_compiled_the_cold_way(language: str) -> None:
    """Nested 40,000 deep: javac in the one command's cold JVM (64 MB of stack) compiles it, the server's
    (16 MB) crashes: the program is judged by the one command."""
    _need(language)
    emitter = get_emitter(language)
    suite = compile_suite(read_suite(SUITE), language)
    deep = program(suite, F + "        return " + "(" * 40_000 + "x" + ")" * 40_000 + ";\n")
    server = CompileServer(emitter)
    try:
        with pytest.raises(CompilerFailed):
            server.compile(server.spec.source(deep), Deadline(60.0))
    finally:
        server.close()
    job = [(emitter, deep, len(suite.checks))]
    warm, cold = run_many(job, FINISHES, warm=True)[0], run_many(job, FINISHES, warm=False)[0]
    assert _key(warm) == _key(cold)
    assert warm.status is Status.OK
