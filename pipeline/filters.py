"""Stage 2, filter: drop functions that would make bad training items, with the reason for each.

Type checking uses mypy rather than pyright: mypy is a pure-Python wheel from PyPI (pyright's PyPI package
downloads Node.js and the npm package at first run), it runs in batches of files per process, and with
``--check-untyped-defs`` it finds the undefined names and wrong calls that make a function not stand alone.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pipeline.config import FilterConfig
from pipeline.decontam import Decontaminator, benchmark_texts
from pipeline.records import Record, StageResult

_TODO = re.compile(r"\b(TODO|FIXME|XXX)\b")
_MYPY_LINE = re.compile(r"^f(\d+)\.py:(\d+): error: (.*?)(?:\s+\[([a-z-]+)\])?$")


def trivial(code: str) -> bool:
    """A body (docstring aside) of one statement that computes nothing: pass, ..., raise, return a name."""
    tree = ast.parse(code)
    function = tree.body[-1]
    assert isinstance(function, ast.FunctionDef)
    body = function.body[1:] if ast.get_docstring(function) is not None else function.body
    if len(body) != 1:
        return False
    (only,) = body
    if isinstance(only, ast.Pass | ast.Raise):
        return True
    if isinstance(only, ast.Expr) and isinstance(only.value, ast.Constant):
        return True
    if isinstance(only, ast.Return):
        value = only.value
        return value is None or isinstance(value, ast.Constant | ast.Name | ast.Attribute)
    return False


def mypy_errors(codes: list[str]) -> list[str | None]:
    """The first mypy error of each piece of code, or None: one mypy process for the batch."""
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, code in enumerate(codes):
            path = Path(tmp) / f"f{i}.py"
            path.write_text(code, encoding="utf-8")
            files.append(path.name)
        command = [
            sys.executable, "-m", "mypy", "--check-untyped-defs", "--ignore-missing-imports",
            "--follow-imports=silent", "--no-error-summary", "--show-error-codes", "--no-pretty",
            "--hide-error-context", "--cache-dir", str(Path(tmp) / ".mypy_cache"), *files,
        ]  # fmt: skip
        done = subprocess.run(command, cwd=tmp, capture_output=True, text=True)
    errors: list[str | None] = [None] * len(codes)
    for line in done.stdout.splitlines():
        m = _MYPY_LINE.match(line)
        if m:
            index = int(m.group(1))
            if errors[index] is None:
                errors[index] = f"line {m.group(2)}: {m.group(3)}" + (
                    f" [{m.group(4)}]" if m.group(4) else ""
                )
    if done.returncode not in (0, 1) or (done.returncode == 1 and not any(errors)):
        raise RuntimeError(f"mypy failed: {(done.stderr or done.stdout).strip()[-300:]}")
    return errors


def filter_functions(records: list[Record], config: FilterConfig) -> StageResult:
    result = StageResult()
    result.count_in(records)
    survivors: list[Record] = []
    for record in records:
        code = record["code"]
        if not code.isascii():
            result.drop(record, "non-ascii")
        elif m := _TODO.search(code):
            result.drop(record, "todo", m.group(0))
        elif trivial(code):
            result.drop(record, "trivial-body")
        else:
            survivors.append(record)

    decontaminator = Decontaminator(
        config.ngram, config.near_threshold, config.num_perm, config.min_substring
    )
    if config.humaneval:
        decontaminator.add_humaneval()
    for path in config.benchmarks:
        for item_id, text in benchmark_texts(Path(path)):
            decontaminator.add(f"{Path(path).name}:{item_id}", text)
    clean: list[Record] = []
    for record in survivors:
        match = decontaminator.match(record["code"])
        if match:
            result.drop(record, match[0], match[1])
        else:
            clean.append(record)

    if not config.typecheck:
        result.kept = clean
        return result
    size = max(1, config.typecheck_batch)
    batches = [clean[i : i + size] for i in range(0, len(clean), size)]
    with ThreadPoolExecutor() as pool:
        verdicts = list(pool.map(lambda batch: mypy_errors([r["code"] for r in batch]), batches))
    reasons: dict[str, int] = defaultdict(int)
    for batch, errors in zip(batches, verdicts, strict=True):
        for record, error in zip(batch, errors, strict=True):
            if error is None:
                result.kept.append(record)
            else:
                reasons[error] += 1
                result.drop(record, "type-error", error)
    return result
