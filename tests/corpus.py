"""The corpus under tests/corpus/: one folder per problem with its suite.py; each language's solutions of it
lie in its bundle, emitters/<key>/solutions/<problem>/ (ref.<ext> and mutant_<n>.<ext>).

A mutant's first line names the suite.py lines of the assertions it must fail (``# expect-fail: 12 15``).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from emitters import Compiled, get_emitter
from ir import Suite
from testcompiler import read_suite

CORPUS = Path(__file__).parent / "corpus"
PROBLEMS = sorted(p.name for p in CORPUS.iterdir() if (p / "suite.py").exists())


@cache
def suite(problem: str) -> Suite:
    path = CORPUS / problem / "suite.py"
    return read_suite(path.read_text(encoding="utf-8"), str(path.relative_to(CORPUS.parent)))


@cache
def compiled(problem: str, language: str) -> Compiled:
    return get_emitter(language).compile(suite(problem))


def solution(problem: str, language: str, stem: str = "ref") -> str:
    return get_emitter(language).solution(problem, stem).read_text(encoding="utf-8")


def mutants(problem: str, language: str) -> list[str]:
    emitter = get_emitter(language)
    folder = emitter.solution(problem).parent
    return sorted(p.stem for p in folder.glob(f"mutant_*.{emitter.file_ext}"))


def expected_failures(text: str) -> set[int]:
    match = re.match(r"\s*(?:#|--|//|;+|\(\*)\s*expect-fail:\s*([\d\s]+)", text)
    assert match, "a mutant starts with an expect-fail comment"
    return {int(n) for n in match.group(1).split()}
