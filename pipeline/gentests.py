"""Stage 3, gentests: an LLM writes unit tests, the passing ones are kept, well-covered functions go on.

MultiPL-T's prompt: the function, ``# Unit tests for NAME``, how a test looks, the tests that passed so far
as seeds (the docstring's examples, once they pass, are the first seeds), then ``assert NAME(``. The
completion is read back *with* that opening (MultiPL-T's vLLM path lost the first generated assert by
dropping it), split into statements with libcst, and each assert runs on its own in the sandbox.

``[gentests] method = "types"`` draws the tests from the function's types instead (pipeline/typegen.py, no
model at all); ``"both"`` unites the two methods' tests before the same coverage bar.
"""

from __future__ import annotations

import dataclasses
import time
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
from pipeline.typegen import TypeTests, type_tests
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


def llm_tests(
    records: list[Record], config: GentestsConfig, llm: CachedBackend, executor: Executor
) -> tuple[list[list[str]], list[TestStats], dict[str, object]]:
    """MultiPL-T's method: each function's passing asserts, what happened to every assert, stage notes."""
    seeds_of = [doctest_asserts(r["code"], r["name"]) for r in records]
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

    skipped = sum((s.skipped for s in stats), Counter[str]())
    notes: dict[str, object] = {
        "doctest_seeds": sum(s.doctests for s in stats),
        "doctest_seeds_passed": sum(s.doctests_passed for s in stats),
        "completions": sum(s.sampled for s in stats),
        "asserts_extracted": sum(s.asserts for s in stats),
        "asserts_failed": sum(s.failed for s in stats),
        "asserts_not_compilable": dict(sorted(skipped.items())),
        "tests_kept": sum(len(p) for p in passed),
    }
    return passed, stats, notes


def _coverage(
    records: list[Record], tests: list[list[str]], config: GentestsConfig, executor: Executor
) -> list[float]:
    with bar("gentests: coverage", len(records)) as advance:
        measure = partial(coverage_batch, timeout=config.timeout)
        items = [(r["code"], r["name"], t) for r, t in zip(records, tests, strict=True)]
        return executor.map(measure, items, advance)


def _yield(tests: list[list[str]], coverage: list[float], bar_: float, seconds: float) -> dict[str, object]:
    """One method's yield, comparable across methods: the stage's notes show it per method."""
    tested = [c for t, c in zip(tests, coverage, strict=True) if t]
    return {
        "functions_with_tests": len(tested),
        "functions_kept": sum(c >= bar_ for c in tested),
        "tests_kept": sum(len(t) for t in tests),
        "mean_coverage": round(sum(tested) / len(tested), 4) if tested else 0.0,
        "seconds_per_function": round(seconds / len(tests), 3) if tests else 0.0,
    }


def gentests(
    records: list[Record], config: GentestsConfig, llm: CachedBackend, executor: Executor | None = None
) -> StageResult:
    """``method`` llm: the model's tests (MultiPL-T); types: tests from the function's types, no model at
    all; both: the union of the two. Either way, a function goes on when its tests cover enough of it."""
    result = StageResult()
    result.count_in(records)
    executor = executor or LocalExecutor()
    passed: list[list[str]] = [[] for _ in records]
    stats: list[TestStats | None] = [None for _ in records]
    typed: list[TypeTests | None] = [None for _ in records]
    by_method: dict[str, dict[str, object]] = {}
    if config.method in ("llm", "both"):
        start = time.monotonic()
        passed, llm_stats, result.notes = llm_tests(records, config, llm, executor)
        stats = list(llm_stats)
        if config.method == "both":  # its own coverage too, so its yield reads like the types method's
            alone = _coverage(records, passed, config, executor)
            by_method["llm"] = _yield(passed, alone, config.coverage, time.monotonic() - start)
    if config.method in ("types", "both"):
        start = time.monotonic()
        make = partial(
            type_tests, examples=config.examples, max_tests=config.max_tests, timeout=config.timeout
        )
        with bar("gentests: tests from types", len(records)) as advance:
            found: list[TypeTests] = executor.map(make, [(r["code"], r["name"]) for r in records], advance)
        typed = list(found)
        seconds = time.monotonic() - start
        type_tests_of = [t.tests for t in found]
        by_method["types"] = _yield(type_tests_of, [t.coverage for t in found], config.coverage, seconds) | {
            "inputs_drawn": sum(t.drawn for t in found),
            "inputs_dropped": dict(sorted(sum((t.dropped for t in found), Counter[str]()).items())),
            "no_inputs": dict(sorted(Counter(t.reason for t in found if t.reason).items())),
        }
        passed = [_unique(p + t) for p, t in zip(passed, type_tests_of, strict=True)]
    if config.method == "types":
        coverage = [t.coverage if t else 0.0 for t in typed]
    else:
        coverage = _coverage(records, passed, config, executor)
    if by_method:
        result.notes["by_method"] = by_method
    for record, tests, stat, found_, cov in zip(records, passed, stats, typed, coverage, strict=True):
        out = record | {"tests": tests, "coverage": round(cov, 4)}
        if stat is not None:
            out["gentests"] = stat.as_json()
        if found_ is not None:
            out["typegen"] = found_.as_json()
        if not tests:
            if stat is None and found_ is not None and found_.reason:
                result.drop(out, "no-types", found_.reason)
            elif stat is not None:
                result.drop(out, "no-passing-tests", f"{stat.asserts} generated, none passed")
            else:
                result.drop(out, "no-passing-tests", "no input gave a passing test")
        elif cov < config.coverage:
            result.drop(out, "low-coverage", f"{cov:.0%} < {config.coverage:.0%}")
        else:
            result.kept.append(out)
    return result
