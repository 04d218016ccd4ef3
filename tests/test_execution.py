"""Every emitter, run in its real interpreter over the whole corpus: references pass every check, and each
mutant fails exactly the checks its header names (minus those the language had to skip)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from corpus import PROBLEMS, compiled, misjudged, mutants, run_all, solution
from sampling import sample
from test_hostile import FINISHES, SUITE

from emitters import get_emitter, languages
from testcompiler import InterpreterMissing, Status, expectations, observed_program, read_suite
from testcompiler.api import compile_suite, program
from testcompiler.run.executor import Deadline, _argv, interpreter, stood_still
from testcompiler.run.pool import run_many

LANGUAGES = languages()


def _need(language: str) -> None:
    try:
        interpreter(get_emitter(language))
    except InterpreterMissing as exc:
        pytest.skip(str(exc))


def _run_all(language: str, stems: list[tuple[str, str]]) -> list[tuple[object, ...]]:
    """What is wrong with the verdicts on each (problem, solution stem) of ``language``, run as a batch."""
    jobs = [(problem, stem, compiled(problem, language)) for problem, stem in stems]
    outcomes = run_all([(c, solution(problem, language, stem)) for problem, stem, c in jobs], FINISHES)
    verdicts = [misjudged(*job, outcome) for job, outcome in zip(jobs, outcomes, strict=True)]
    return [wrong for wrong in verdicts if wrong is not None]


@pytest.mark.parametrize("language", LANGUAGES)
def test_references_pass_every_check(language: str) -> None:
    _need(language)
    assert _run_all(language, [(problem, "ref") for problem in PROBLEMS]) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_mutants_fail_exactly_the_named_checks(language: str) -> None:
    """Each mutant fails the checks its first line names, no more, no fewer (today's share of them in a
    slow-starting language: tests/sampling.py)."""
    _need(language)
    stems = [(problem, name) for problem in PROBLEMS for name in mutants(problem, language)]
    assert _run_all(language, sample(stems, language, "mutants")) == []


@pytest.mark.slow
@pytest.mark.parametrize("language", [k for k in LANGUAGES if get_emitter(k).runtime.plain])
def test_the_bench_baseline_runs_programs_as_multipl_e_does(language: str, tmp_path: Path) -> None:
    """Where our command is a faster equivalent of MultiPL-E's (a tuned JVM or BEAM, the native tsc),
    bench/executor.py's baseline runs MultiPL-E's own: it must pass a reference and fail a mutant."""
    _need(language)
    emitter = get_emitter(language)
    problem = next(p for p in PROBLEMS if mutants(p, language))
    c = compiled(problem, language)
    exits = []
    for text in (solution(problem, language), solution(problem, language, mutants(problem, language)[0])):
        source = tmp_path / f"main.{emitter.file_ext}"
        source.write_text(program(c, text), encoding="utf-8")
        argv = _argv(emitter.runtime.plain, interpreter(emitter), source)
        exits.append(subprocess.run(argv, capture_output=True, timeout=120, check=False).returncode)
    assert exits[0] == 0 and exits[1] != 0, exits


def test_run_many_gives_each_job_its_own_time_limit() -> None:
    """One limit for every job, or one per job (a runaway stopped soon, the others given room)."""
    py = get_emitter("py")
    suite = compile_suite(read_suite(SUITE), "py")
    loop = observed_program(suite, "def f(x):\n    import time\n    time.sleep(1.5)\n    return x\n")
    jobs = [(py, loop, expectations(suite))] * 2
    short, roomy = run_many(jobs, [0.5, 5.0], warm=False)
    assert (short.status, roomy.status) == (Status.TIMEOUT, Status.OK)
    with pytest.raises(ValueError, match="1 time limits for 2 jobs"):
        run_many(jobs, [1.0])


def test_a_deadline_does_not_count_the_machine_standing_still() -> None:
    """Seconds in which the machine stood still move the deadline on, at most once more its length. A loop's
    next wait is the time to the limit itself until that has passed (the stall clock is not read), then the
    time left with the allowance."""
    now, stalled = [0.0], [100.0]
    reads = [0]

    def stall_clock() -> float:
        reads[0] += 1
        return stalled[0]

    deadline = Deadline(10.0, stall_clock, lambda: now[0])
    now[0] = 4.0
    stalled[0] += 3.0
    assert deadline.next_wait() == 6.0 and reads == [1]
    assert deadline.left() == 9.0 and reads == [2]
    now[0] = 10.0
    assert deadline.next_wait() == deadline.left() == 3.0
    now[0] = 13.0
    assert deadline.next_wait() == 0.0
    stalled[0] += 50.0
    assert deadline.next_wait() == deadline.left() == 7.0  # at most once more the limit
    now[0] = 21.0
    assert deadline.next_wait() < 0
    assert Deadline(0.0, stall_clock, lambda: now[0]).next_wait() <= 0


IO_PRESSURE = Path("/proc/pressure/io")


@pytest.mark.skipif(not IO_PRESSURE.exists(), reason="the kernel keeps no pressure stall information")
def test_the_machine_stall_clock_is_the_kernels() -> None:
    """stood_still() counts at least the disk's "full" stall since boot, and never goes back."""
    io_full = next(line for line in IO_PRESSURE.read_text().splitlines() if line.startswith("full "))
    first = stood_still()
    assert first >= int(io_full.rsplit("total=", 1)[1]) / 1e6
    assert stood_still() >= first
