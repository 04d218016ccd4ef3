"""One run of over a thousand programs, hostile ones scattered among them, through the path `evaluate` takes
(one pool, warm workers where a language has them): it finishes, and every ordinary program's verdict equals
its verdict in a run of the ordinary programs alone. The ordinary programs are every corpus solution and
mutant, and every hostile kind; of a slow-starting language, today's share of each (tests/sampling.py)."""

from __future__ import annotations

import random
import secrets

import pytest
from corpus import PROBLEMS, compiled, mutants, solution
from sampling import sample
from test_hostile import HOSTILE, SHELL, SUITE, shell_solution

from emitters import Emitter, get_emitter, languages
from testcompiler import InterpreterMissing, read_suite
from testcompiler.api import compile_suite, expectations, observed_program
from testcompiler.run.executor import Expect, Outcome, interpreter
from testcompiler.run.pool import run_many
from testcompiler.run.sandbox import is_root, namespaces_work

ORDINARY_TOTAL = 1000
TIMEOUT = 3.0


def _key(outcome: Outcome) -> tuple[object, ...]:
    return outcome.status, tuple((r.index, r.status) for r in outcome.checks)


def _installed() -> list[Emitter]:
    found = []
    for name in languages():
        emitter = get_emitter(name)
        try:
            interpreter(emitter)
        except InterpreterMissing:
            continue
        found.append(emitter)
    return found


def _hostile_programs(emitter: Emitter) -> list[str]:
    """Every hostile kind once, placeholders pointing nowhere in particular."""
    token = f"testcompiler-mixed-{secrets.token_hex(4)}"
    suite = compile_suite(read_suite(SUITE), emitter.name)
    texts = [
        kinds[emitter.name].replace("{token}", token).replace("{repo}", "/nonexistent").replace("{port}", "9")
        for kinds in HOSTILE.values()
    ]
    texts += [
        shell_solution(emitter.name, command.replace("{token}", token).replace("{socket}", "/nonexistent"))
        for command in SHELL.values()
    ]
    return [observed_program(suite, text) for text in texts]


@pytest.mark.long
@pytest.mark.skipif(not (is_root() and namespaces_work()), reason="hostile programs need the full sandbox")
def test_hostile_programs_change_no_other_verdict() -> None:
    emitters = _installed()
    ordinary: list[tuple[Emitter, str, Expect]] = []
    for emitter in emitters:
        programs = []
        for problem in PROBLEMS:
            c = compiled(problem, emitter.name)
            for stem in ["ref", *mutants(problem, emitter.name)]:
                text = observed_program(c, solution(problem, emitter.name, stem))
                programs.append((emitter, text, expectations(c)))
        ordinary += sample(programs, emitter.name, "mixed run")  # a compile per program: today's share

    rng = random.Random(12)
    mixed: list[tuple[Emitter, str, Expect]] = [rng.choice(ordinary) for _ in range(ORDINARY_TOTAL)]
    drawn = list({text: (emitter, text, expect) for emitter, text, expect in mixed}.values())
    alone = {text: _key(o) for (_, text, _), o in zip(drawn, run_many(drawn, TIMEOUT), strict=True)}
    hostile = 0
    for emitter in emitters:
        expect = expectations(compile_suite(read_suite(SUITE), emitter.name))
        for text in sample(_hostile_programs(emitter), emitter.name, "mixed run hostile"):
            mixed.insert(rng.randrange(len(mixed) + 1), (emitter, text, expect))
            hostile += 1
    outcomes = run_many(mixed, TIMEOUT)

    assert len(outcomes) == ORDINARY_TOTAL + hostile
    changed = [
        (emitter.name, text.splitlines()[0], alone[text], _key(outcome))
        for (emitter, text, _), outcome in zip(mixed, outcomes, strict=True)
        if text in alone and _key(outcome) != alone[text]
    ]
    assert changed == []
