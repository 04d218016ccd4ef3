"""One run of over a thousand programs, hostile ones scattered among them, through the path `evaluate` takes
(one pool, warm workers where a language has them): it finishes, and every ordinary program's verdict is the
one the corpus gives it, the verdict tests/test_execution.py asks of a run of them alone (a reference passes
every check, a mutant fails exactly the checks it names). The ordinary programs are drawn from every corpus
solution and mutant (of a slow-starting language, today's share: tests/sampling.py); a language that starts a
process of a second or more for each program (no warm worker) gives COSTLY_EACH of them, the rest come from
the languages whose programs take milliseconds. The hostile programs are every kind in some languages and
some kind in every language: one (kind, language) pair in HOSTILE_SHARE, a diagonal that moves with the seed
(sampling.cover), all of them with TESTCOMPILER_FULL=1."""

from __future__ import annotations

import random
import secrets

import pytest
from corpus import PROBLEMS, compiled, installed, misjudged, mutants, solution
from sampling import cover, sample
from test_hostile import FINISHES, HOSTILE, SHELL, SUITE, limit, shell_solution

from emitters import Compiled, Emitter
from testcompiler import read_suite
from testcompiler.api import compile_suite, expectations, observed_program
from testcompiler.run.executor import Expect, stood_still
from testcompiler.run.pool import run_many
from testcompiler.run.sandbox import is_root, namespaces_work

ORDINARY_TOTAL = 1000
# Programs of each language that starts a process of a second or more per program (a JVM, a compile, Elixir's
# VM). Drawn like the rest, they were a third of the programs and nine tenths of the run's program time:
# 424 s of it, 1.1 s a program against 0.03 s for a warm worker's (seed 739952).
COSTLY_EACH = 4
# One (kind, language) pair in 8: with 16 kinds and over 20 languages, each language runs 2 kinds and each
# kind runs in 2 or 3 languages, every pair once in 8 days. (A share of each language's kinds, as before, was
# 139 programs, with no kind sure to run: about 250 s of program time, most of it kinds that run to their
# limit.)
HOSTILE_SHARE = 8


KINDS = [*HOSTILE, *SHELL]


def _hostile_programs(emitter: Emitter, kinds: list[str]) -> list[str]:
    """Each of ``kinds`` once, placeholders pointing nowhere in particular."""
    token = f"testcompiler-mixed-{secrets.token_hex(4)}"
    suite = compile_suite(read_suite(SUITE), emitter.name)
    texts = [
        HOSTILE[kind][emitter.name]
        .replace("{token}", token)
        .replace("{repo}", "/nonexistent")
        .replace("{port}", "9")
        if kind in HOSTILE
        else shell_solution(
            emitter.name, SHELL[kind].replace("{token}", token).replace("{socket}", "/nonexistent")
        )
        for kind in kinds
    ]
    return [observed_program(suite, text) for text in texts]


@pytest.mark.long
@pytest.mark.skipif(not (is_root() and namespaces_work()), reason="hostile programs need the full sandbox")
def test_hostile_programs_change_no_other_verdict() -> None:
    emitters = installed()
    ordinary: list[tuple[str, str, Compiled]] = []
    for emitter in emitters:
        stems = [(p, stem) for p in PROBLEMS for stem in ["ref", *mutants(p, emitter.name)]]
        ordinary += [  # a compile per program: today's share
            (problem, stem, compiled(problem, emitter.name))
            for problem, stem in sample(stems, emitter.name, "mixed run")
        ]

    rng = random.Random(12)
    costly = {e.name for e in emitters if e.runtime.worker is None and e.runtime.startup_seconds >= 1.0}
    drawn: list[tuple[str, str, Compiled]] = []
    for name in sorted(costly):
        own = [o for o in ordinary if o[2].emitter.name == name]
        drawn += rng.sample(own, min(COSTLY_EACH, len(own)))
    cheap = [o for o in ordinary if o[2].emitter.name not in costly] or ordinary
    drawn += [rng.choice(cheap) for _ in range(ORDINARY_TOTAL - len(drawn))]
    rng.shuffle(drawn)
    # an ordinary program ends in well under a second: its limit is room for a loaded machine (at 3 s, 40
    # Elixir programs of a CI run timed out alone, where another test's hostile programs shared the cores)
    mixed: list[tuple[Emitter, str, Expect]] = [
        (c.emitter, observed_program(c, solution(problem, c.emitter.name, stem)), expectations(c))
        for problem, stem, c in drawn
    ]
    today = cover(KINDS, [e.name for e in emitters], HOSTILE_SHARE)
    assert {kind for kind, _ in today} == set(KINDS)  # every kind runs, in some language
    assert {language for _, language in today} == {e.name for e in emitters}  # every language runs one
    limits = [FINISHES] * len(mixed)
    is_ordinary = [True] * len(mixed)
    for emitter in emitters:
        expect = expectations(compile_suite(read_suite(SUITE), emitter.name))
        kinds = [kind for kind in KINDS if (kind, emitter.name) in today]
        for kind, text in zip(kinds, _hostile_programs(emitter, kinds), strict=True):
            at = rng.randrange(len(mixed) + 1)
            mixed.insert(at, (emitter, text, expect))
            limits.insert(at, limit(kind))  # a runaway stopped at test_hostile's 2 s
            is_ordinary.insert(at, False)
    stalled = stood_still()
    outcomes = run_many(mixed, limits)
    stalled = stood_still() - stalled

    assert len(outcomes) == ORDINARY_TOTAL + len(today)
    ordinary_outcomes = [o for o, plain in zip(outcomes, is_ordinary, strict=True) if plain]
    wrong = [
        (c.emitter.name, *verdict)
        for (problem, stem, c), outcome in zip(drawn, ordinary_outcomes, strict=True)
        if (verdict := misjudged(problem, stem, c, outcome)) is not None
    ]
    assert wrong == [], f"the machine stood still for {stalled:.1f} s of the run"
