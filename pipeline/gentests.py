"""Stage 3, gentests: an LLM writes unit tests, the passing ones are kept, well-covered functions go on.

MultiPL-T's prompt: the function, ``# Unit tests for NAME``, how a test looks, the tests that passed so far
as seeds (the docstring's examples, once they pass, are the first seeds), then ``assert NAME(``. The
completion is read back *with* that opening (MultiPL-T's vLLM path lost the first generated assert by
dropping it), split into statements with libcst, and each assert runs on its own in the sandbox.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial

import libcst as cst

from pipeline.checking import check_asserts, doctest_asserts
from pipeline.config import GentestsConfig
from pipeline.coverage_run import line_coverage
from pipeline.executors import Done, Executor, LocalExecutor
from pipeline.llm import CachedBackend, Sampling
from pipeline.progress import bar
from pipeline.records import Record, StageResult
from testcompiler.run.pool import default_jobs


@dataclass
class TestStats:
    """What happened to one function's tests: every assert is accounted for."""

    doctests: int  # docstring examples turned into seed asserts
    doctests_passed: int
    sampled: int = 0  # completions asked for
    asserts: int = 0  # new distinct asserts read from them
    failed: int = 0  # compiled, ran, did not pass
    skipped: Counter[str] = field(default_factory=Counter)  # not compilable, by the compiler's reason

    def as_json(self) -> dict[str, object]:
        # Not dataclasses.asdict: it rebuilds a Counter from (key, value) pairs, counting the pairs.
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)} | {
            "skipped": dict(self.skipped)
        }


def prompt(code: str, name: str, seeds: list[str]) -> str:
    lines = [
        code.rstrip("\n"),
        "",
        "",
        f"# Unit tests for {name}",
        f"# Each test is one line: assert {name}(<arguments>) == <expected value>, with literal values only.",
        *seeds,
        f"assert {name}(",
    ]
    return "\n".join(lines)


def extract_asserts(name: str, completion: str) -> list[str]:
    """The complete assert statements at the start of ``"assert NAME(" + completion``.

    Reading stops at the first line that is neither an assert nor its continuation; a statement cut off by
    the token limit is dropped, never repaired.
    """
    text = f"assert {name}(" + completion
    lines: list[str] = []
    for line in text.splitlines():
        if line.startswith("assert ") or (lines and line[:1] in (" ", "\t", ")", "]", "}")):
            lines.append(line)
        else:
            break
    while lines:
        try:
            module = cst.parse_module("\n".join(lines) + "\n")
            break
        except cst.ParserSyntaxError:
            lines.pop()
    else:
        return []
    asserts = []
    for statement in module.body:
        if isinstance(statement, cst.SimpleStatementLine):
            for small in statement.body:
                if isinstance(small, cst.Assert):
                    asserts.append(module.code_for_node(small).strip())
    return asserts


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def coverage_batch(items: list[tuple[str, str, list[str]]], timeout: float, done: Done = None) -> list[float]:
    """Line coverage of each (code, name, passing tests), a few subprocesses at a time."""

    def measure(item: tuple[str, str, list[str]]) -> float:
        value = line_coverage(*item, timeout)
        if done:
            done()
        return value

    with ThreadPoolExecutor(max_workers=default_jobs()) as pool:
        return list(pool.map(measure, items))


def gentests(
    records: list[Record], config: GentestsConfig, llm: CachedBackend, executor: Executor | None = None
) -> StageResult:
    result = StageResult()
    result.count_in(records)
    seeds_of = [doctest_asserts(r["code"], r["name"]) for r in records]
    executor = executor or LocalExecutor()
    check = partial(check_asserts, timeout=config.timeout)
    checked = executor.map(check, [(r["code"], r["name"], s) for r, s in zip(records, seeds_of, strict=True)])
    passed = [c.passed for c in checked]
    tried = [set(s) for s in seeds_of]  # every assert is run once, whichever round proposes it
    stats = [TestStats(len(s), len(c.passed)) for s, c in zip(seeds_of, checked, strict=True)]
    sampling = Sampling(
        config.samples,
        config.temperature,
        config.top_p,
        config.max_new_tokens,
        ("\n\n", "\n#", "\ndef ", "\n```"),
    )
    for round_ in range(1 + config.rounds):
        prompts = [
            prompt(r["code"], r["name"], p[: config.max_seeds]) for r, p in zip(records, passed, strict=True)
        ]
        with bar(f"gentests round {round_ + 1}: generating", len(prompts)) as advance:
            completions = llm.generate(prompts, sampling, advance)
        candidates = []
        for i, (record, samples) in enumerate(zip(records, completions, strict=True)):
            found = _unique([a for s in samples for a in extract_asserts(record["name"], s)])
            new = [a for a in found if a not in tried[i]]
            tried[i].update(new)
            stats[i].sampled += len(samples)
            stats[i].asserts += len(new)
            candidates.append((record["code"], record["name"], new))
        with bar(f"gentests round {round_ + 1}: running", len(candidates)) as advance:
            outcomes = executor.map(check, candidates, advance)
        for i, outcome in enumerate(outcomes):
            passed[i] = _unique(passed[i] + outcome.passed)
            stats[i].failed += outcome.failed
            stats[i].skipped.update(outcome.skipped)

    with bar("gentests: coverage", len(records)) as advance:
        measure = partial(coverage_batch, timeout=config.timeout)
        items = [(r["code"], r["name"], p) for r, p in zip(records, passed, strict=True)]
        coverage = executor.map(measure, items, advance)
    skipped = sum((s.skipped for s in stats), Counter[str]())
    result.notes = {
        "doctest_seeds": sum(s.doctests for s in stats),
        "doctest_seeds_passed": sum(s.doctests_passed for s in stats),
        "completions": sum(s.sampled for s in stats),
        "asserts_extracted": sum(s.asserts for s in stats),
        "asserts_failed": sum(s.failed for s in stats),
        "asserts_not_compilable": dict(sorted(skipped.items())),
        "tests_kept": sum(len(p) for p in passed),
    }
    for record, tests, stat, cov in zip(records, passed, stats, coverage, strict=True):
        out = record | {"tests": tests, "coverage": round(cov, 4), "gentests": stat.as_json()}
        if not tests:
            result.drop(out, "no-passing-tests", f"{stat.asserts} generated, none passed")
        elif cov < config.coverage:
            result.drop(out, "low-coverage", f"{cov:.0%} < {config.coverage:.0%}")
        else:
            result.kept.append(out)
    return result
