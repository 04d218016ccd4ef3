"""A runtime whose command builds under a larger file-size limit (``Runtime.build_file_limit``: a statically
linked binary over 1 MiB) must lower it before the program starts: the program writes under OUTPUT_LIMIT,
soft and hard, as in every other language."""

from __future__ import annotations

import pytest
from test_hostile import FINISHES, SUITE, shell_solution

from emitters import all_emitters, get_emitter
from emitters.base import OUTPUT_LIMIT
from testcompiler import InterpreterMissing, Status, read_suite, run_solution
from testcompiler.api import compile_suite
from testcompiler.run.executor import interpreter

BUILDING = [e.name for e in all_emitters() if e.runtime.build_file_limit is not None]

# Each command exits 0 (the program then answers wrong: an AssertionError) where the limit was not lowered.
BREACHES = {
    "limit_raised": f"guard:! grep -Eq '^Max file size +{OUTPUT_LIMIT} +{OUTPUT_LIMIT} ' /proc/self/limits",
    "writes_past_limit": f"guard:head -c {OUTPUT_LIMIT + 1} /dev/zero > big",
}


@pytest.mark.parametrize("language", BUILDING)
@pytest.mark.parametrize("breach", BREACHES)
def test_the_program_runs_under_the_output_limit(language: str, breach: str) -> None:
    try:
        interpreter(get_emitter(language))
    except InterpreterMissing as exc:
        pytest.skip(str(exc))
    compiled = compile_suite(read_suite(SUITE), language)
    outcome = run_solution(compiled, shell_solution(language, BREACHES[breach]), timeout=FINISHES)
    assert outcome.status is Status.OK, (outcome.status, outcome.stderr[-500:])
