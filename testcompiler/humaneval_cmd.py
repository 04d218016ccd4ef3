"""``testcompiler humaneval``: compile all of HumanEval for one language and account for every problem and
assertion (a batch: testcompiler.batch)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console

from emitters import Compiled, Emitter
from testcompiler.batch import Batch, Source, compile_many, print_summary, write_rejects
from testcompiler.frontend import read_suite
from testcompiler.humaneval import Problem, problems
from testcompiler.ircache import IRCache
from testcompiler.trace import TraceOptions

# `assert True` lines pad HumanEval's check functions: they test nothing, and are skipped under this code.
NOOP = "noop"


def compile_problem(problem: Problem, emitter: Emitter) -> Compiled:
    suite = read_suite(
        problem.source, problem.task_id, problem.entry_point, doctests=False, name=problem.name
    )
    return emitter.compile(suite)


def source(problem: Problem) -> Source:
    """The problem as a batch input; trace mode runs its tests with the canonical solution."""
    return Source(
        problem.name,
        problem.task_id,
        problem.source,
        problem.entry_point,
        doctests=False,
        reference=problem.solution,
    )


def compile_humaneval(
    emitters: Emitter | list[Emitter],
    output: Path,
    limit: int | None = None,
    trace: TraceOptions | None = None,
    *,
    jobs: int = 1,
    cache: IRCache | None = None,
) -> int:
    """Records to ``output``, rejects (if any) beside it as ``<stem>.rejects.jsonl``. Several languages read
    each problem once, and write ``<stem>.<key>.jsonl`` (and ``<stem>.<key>.rejects.jsonl``) each."""
    chosen = emitters if isinstance(emitters, list) else [emitters]
    sources = [source(p) for p in list(problems())[:limit]]
    many = compile_many(sources, chosen, trace=trace, jobs=jobs, cache=cache)
    stem = output.name.removesuffix(".jsonl")
    for emitter in chosen:
        path = output if len(chosen) == 1 else output.with_name(f"{stem}.{emitter.name}.jsonl")
        _write(many.batches[emitter.name], emitter, path)
    return 0


def _write(batch: Batch, emitter: Emitter, output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    lines = "".join(json.dumps(c.to_record(), ensure_ascii=False) + "\n" for c in batch.compiled)
    output.write_text(lines, encoding="utf-8")
    if batch.rejects:
        write_rejects(batch, output.with_name(output.name.removesuffix(".jsonl") + ".rejects.jsonl"))
    console = Console(file=sys.stdout)
    console.print(
        f"HumanEval -> {emitter.display}: {len(batch.compiled)}/{batch.suites} problems written to {output}"
    )
    print_summary(batch, emitter, console)
