"""The same Python assertion means the same thing in every language: run tiny solutions that return the
right value in each language's own idiom (a mutable hash, an association list in another order, a list
where R passed a vector...) and the wrong value, through the real interpreters."""

from __future__ import annotations

import pytest
from test_hostile import FINISHES

from emitters import get_emitter, languages
from testcompiler import InterpreterMissing, Status, read_suite, run_solution
from testcompiler.api import compile_suite
from testcompiler.run.executor import interpreter

FLOATS = """
def add(a: float, b: float) -> float:
    ...

assert add(0.1, 0.2) == 0.3
assert add(0.1, 0.2) != 0.31
assert add(1e20, 1.0) == 1e20
assert abs(add(1.0, 0.5) - 1.5) < 1e-12
"""


COUNTS = """
def counts(words: list[str]) -> dict[str, int]:
    ...

assert counts(["b", "a", "b"]) == {"a": 1, "b": 2}
assert counts([]) == {}
assert counts(["x"]) != {"x": 2}
"""


SHAPES = """
def pairs(n: int) -> list[tuple[int, int]]:
    ...

assert pairs(2) == [(0, 1), (1, 2)]
assert pairs(0) == []
assert pairs(1) != [(0, 2)]
"""


def solution(language: str, name: str) -> str:
    """The language's program for this test (``SEMANTICS`` in emitters/<key>/samples.py)."""
    programs = get_emitter(language).samples().SEMANTICS
    assert name in programs, f"{language}: no {name!r} in its samples' SEMANTICS"
    return str(programs[name])


def _run(source: str, language: str, solution: str):  # type: ignore[no-untyped-def]
    try:
        interpreter(get_emitter(language))
    except InterpreterMissing as exc:
        pytest.skip(str(exc))
    compiled = compile_suite(read_suite(source), language)
    assert not compiled.skipped
    return run_solution(compiled, solution, timeout=FINISHES)


@pytest.mark.parametrize("language", languages())
@pytest.mark.parametrize(
    "source, name",
    [(FLOATS, "add"), (COUNTS, "counts"), (SHAPES, "pairs")],
    ids=["float-tolerance", "dicts-by-content", "tuples-as-sequences"],
)
def test_idiomatic_right_answers_pass(source: str, name: str, language: str) -> None:
    """Each right answer is written in its language's idiom: a mutable hash, an association list in
    another order, tuples as lists or vectors."""
    outcome = _run(source, language, solution(language, name))
    assert [r.status for r in outcome.checks] == ["pass"] * len(outcome.checks), outcome.checks
    assert outcome.status is Status.OK


@pytest.mark.parametrize("language", languages())
def test_a_difference_beyond_the_tolerance_fails_the_same_checks_everywhere(language: str) -> None:
    outcome = _run(FLOATS, language, solution(language, "add_wrong"))
    assert [r.status for r in outcome.checks] == ["fail", "pass", "pass", "fail"]
    assert outcome.status is Status.ASSERTION_ERROR


READBACK = """
def split(s: str) -> dict[str, list[float]]:
    ...

assert split("k") == {"k": [1.0]}
"""


@pytest.mark.parametrize("language", languages())
def test_a_failed_checks_value_reads_back_in_python_notation(language: str) -> None:
    """A wrong answer, {"k\\"\\n": [1.5, -2.0]} in its language's own notation, shows in Python's."""
    outcome = _run(READBACK, language, solution(language, "split_wrong"))
    (check,) = outcome.checks
    assert check.status == "fail"
    shown = getattr(get_emitter(language).expectations(), "SPLIT_SHOWN", "{'k\"\\n': [1.5, -2.0]}")
    assert check.actual == shown
