"""Every emitter, run in its real interpreter over the whole corpus: references pass every check, and each
mutant fails exactly the checks its header names (minus those the language had to skip)."""

from __future__ import annotations

import pytest
from corpus import PROBLEMS, compiled, expected_failures, mutants, solution

from emitters import get_emitter, languages
from testcompiler import InterpreterMissing, Status, run_solution
from testcompiler.run.executor import interpreter

LANGUAGES = languages()


def _need(language: str) -> None:
    try:
        interpreter(get_emitter(language))
    except InterpreterMissing as exc:
        pytest.skip(str(exc))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("problem", PROBLEMS)
def test_reference_passes_every_check(problem: str, language: str) -> None:
    _need(language)
    c = compiled(problem, language)
    outcome = run_solution(c, solution(problem, language))
    failing = [
        (ck.span.line, r.status, r.detail)
        for r, ck in zip(outcome.checks, c.checks, strict=True)
        if r.status != "pass"
    ]
    assert failing == []
    assert outcome.status is Status.OK
    assert c.checks


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("problem", PROBLEMS)
def test_mutants_fail_exactly_the_named_checks(problem: str, language: str) -> None:
    _need(language)
    c = compiled(problem, language)
    names = mutants(problem, language)
    if not names:
        pytest.skip(f"{problem} has no mutant")
    lines = {ck.span.line for ck in c.checks}
    for name in names:
        text = solution(problem, language, name)
        outcome = run_solution(c, text)
        failed = {ck.span.line for r, ck in zip(outcome.checks, c.checks, strict=True) if r.status != "pass"}
        expected = expected_failures(text) & lines
        assert expected, f"{name} names no check that {language} runs"
        assert failed == expected, name
        assert outcome.status in (Status.ASSERTION_ERROR, Status.EXCEPTION)
