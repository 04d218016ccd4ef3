"""The corpus under tests/corpus/: one folder per problem with suite.py, ref.<ext> and mutant_<n>.<ext>.

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
    return (CORPUS / problem / f"{stem}.{get_emitter(language).file_ext}").read_text(encoding="utf-8")


def mutants(problem: str, language: str) -> list[str]:
    ext = get_emitter(language).file_ext
    return sorted(p.stem for p in (CORPUS / problem).glob(f"mutant_*.{ext}"))


def expected_failures(text: str) -> set[int]:
    match = re.match(r"\s*(?:#|--|;+|\(\*)\s*expect-fail:\s*([\d\s]+)", text)
    assert match, "a mutant starts with an expect-fail comment"
    return {int(n) for n in match.group(1).split()}
