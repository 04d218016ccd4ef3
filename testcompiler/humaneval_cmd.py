"""``testcompiler humaneval``: compile all of HumanEval for one language and account for every assertion."""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from emitters import Compiled, Emitter
from testcompiler.frontend import FrontendError, read_suite
from testcompiler.humaneval import Problem, problems

# `assert True` lines pad HumanEval's check functions: they test nothing, so they are reported on their own
# and left out of the share of assertions kept.
NOOP = "noop"


@dataclass
class Tally:
    problems: int = 0
    compiled: int = 0
    kept: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    failed: list[str] = field(default_factory=list)

    @property
    def assertions(self) -> int:
        return self.kept + sum(n for code, n in self.skipped.items() if code != NOOP)

    @property
    def kept_share(self) -> float:
        return self.kept / self.assertions if self.assertions else 0.0


def compile_problem(problem: Problem, emitter: Emitter) -> Compiled:
    suite = read_suite(
        problem.source, problem.task_id, problem.entry_point, doctests=False, name=problem.name
    )
    return emitter.compile(suite)


def compile_humaneval(emitter: Emitter, output: Path, limit: int | None = None) -> int:
    from testcompiler.cli import record

    tally = Tally()
    reasons: dict[str, str] = {}
    lines = []
    for problem in list(problems())[:limit]:
        tally.problems += 1
        try:
            compiled = compile_problem(problem, emitter)
        except FrontendError as exc:
            tally.failed.append(f"{problem.task_id}: {exc.message}")
            continue
        tally.kept += len(compiled.checks)
        for d in compiled.skipped:
            tally.skipped[d.code] += 1
            reasons.setdefault(d.code, d.message)
        if compiled.checks:
            tally.compiled += 1
            lines.append(json.dumps(record(compiled), ensure_ascii=False) + "\n")
        else:
            tally.failed.append(f"{problem.task_id}: no check could be compiled")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("".join(lines), encoding="utf-8")
    print_tally(tally, reasons, emitter, output)
    return 0


def print_tally(tally: Tally, reasons: dict[str, str], emitter: Emitter, output: Path) -> None:
    console = Console(file=sys.stdout)
    console.print(
        f"HumanEval -> {emitter.display}: {tally.compiled}/{tally.problems} problems written to {output}; "
        f"{tally.kept}/{tally.assertions} assertions kept ({tally.kept_share:.1%})"
    )
    if tally.skipped:
        table = Table("skipped", "code", "for example")
        for code, n in tally.skipped.most_common():
            table.add_row(
                str(n), code + (" (not counted: tests nothing)" if code == NOOP else ""), reasons[code]
            )
        console.print(table)
    for line in tally.failed:
        console.print(f"problem dropped: {line}")
