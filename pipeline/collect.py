"""Stage 1, collect: Python sources -> top-level functions with a docstring that return a value.

Each function keeps the module's imports that it uses, so it stands alone. Exact duplicates (same code up to
whitespace) are dropped, the first one kept.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import libcst as cst

from emitters import SOURCE
from pipeline.records import Record, StageResult, content_hash


class SourceError(ValueError):
    pass


Text = tuple[str, str | None, str]  # (source id, Python text or None, why there is none)


def _load(path: Path, kind: str, read: Callable[[], Any]) -> Any:
    """A dataset loaded by ``datasets``; a file it cannot read is one line, not its traceback (and not its
    logger's warning or its progress bars around it)."""
    from datasets.utils import are_progress_bars_disabled, disable_progress_bars, enable_progress_bars
    from datasets.utils import logging as datasets_logging

    level, bars = datasets_logging.get_verbosity(), not are_progress_bars_disabled()
    datasets_logging.set_verbosity(datasets_logging.CRITICAL)
    disable_progress_bars()
    try:
        return read()
    except Exception as exc:  # any loader's failure (pyarrow, json, datasets' own) means: not readable
        cause = exc.__cause__ or exc
        message = (str(cause).strip().splitlines() or [type(cause).__name__])[0]
        raise SourceError(f"{path}: cannot read as {kind}: {message}") from None
    finally:
        datasets_logging.set_verbosity(level)
        if bars:
            enable_progress_bars()


def _column(dataset: Any, path: Path, column: str) -> Iterator[Text]:
    if column not in dataset.column_names:
        raise SourceError(f"{path}: no column {column!r} (columns: {', '.join(dataset.column_names)})")
    for i, text in enumerate(dataset[column]):
        yield f"{path.name}#{i}", text if isinstance(text, str) else None, "no-content"


def _open_text(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return path.open(encoding="utf-8", errors="replace")


def _jsonl(path: Path, column: str) -> Iterator[Text]:
    """A JSONL corpus read line by line: a broken line is one dropped source with its place, not the end of
    the run (a corpus of millions of lines may well hold one)."""
    objects = found = rows = 0
    with _open_text(path) as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path.name}#{rows}"  # the row's index, as for the other dataset formats
            rows += 1
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield where, None, f"broken-line: {path}:{number}:{exc.colno}: {exc.msg}"
                continue
            text = row.get(column) if isinstance(row, dict) else None
            objects += isinstance(row, dict)
            found += isinstance(row, dict) and column in row
            yield where, text if isinstance(text, str) else None, "no-content"
    if objects and not found:  # the wrong column named, not a few odd lines
        raise SourceError(f"{path}: no column {column!r} in any line")


def _texts(path: Path, column: str) -> Iterator[Text]:
    """(source id, Python text, why there is none) for every source behind ``path``."""
    if not path.exists():
        raise SourceError(f"{path}: no such file or directory")
    if path.is_dir() and (path / "dataset_info.json").exists():
        from datasets import load_from_disk

        yield from _column(_load(path, "a saved dataset", lambda: load_from_disk(str(path))), path, column)
    elif path.is_dir():
        for file in sorted(path.rglob("*.py")):
            name = str(file.relative_to(path))
            try:
                text = file.read_text(encoding="utf-8", errors="replace")
            except OSError as exc:  # a dangling link, a folder named *.py, no permission
                yield name, None, f"unreadable-source: {exc.strerror or exc}"
                continue
            yield name, text, ""
    elif path.suffix == ".py":
        yield path.name, path.read_text(encoding="utf-8", errors="replace"), ""
    elif path.name.endswith((".jsonl", ".jsonl.gz")):
        yield from _jsonl(path, column)
    elif path.name.endswith((".json", ".json.gz", ".parquet")):
        from datasets import Dataset

        kind, loader = (
            ("Parquet", Dataset.from_parquet) if path.suffix == ".parquet" else ("JSON", Dataset.from_json)
        )
        yield from _column(_load(path, kind, lambda: loader(str(path))), path, column)
    else:
        raise SourceError(f"{path}: not a .py file, a directory, JSONL, Parquet or a saved dataset")


class _Returns(cst.CSTVisitor):
    """Does the function itself (not a nested def, class or lambda) return a value, or yield?"""

    def __init__(self) -> None:
        self.returns_value = False
        self.yields = False

    def visit_Return(self, node: cst.Return) -> None:
        if node.value is not None:
            self.returns_value = True

    def visit_Yield(self, node: cst.Yield) -> None:
        self.yields = True

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        return False

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False


class _Names(cst.CSTVisitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_Name(self, node: cst.Name) -> None:
        self.names.add(node.value)


def _bound_names(statement: cst.Import | cst.ImportFrom) -> set[str]:
    if isinstance(statement.names, cst.ImportStar):
        return set()
    names = set()
    for alias in statement.names:
        if alias.asname is not None:
            names.add(cst.ensure_type(alias.asname.name, cst.Name).value)
        elif isinstance(statement, cst.Import):
            names.add(cst.Module([]).code_for_node(alias.name).split(".")[0])
        else:
            names.add(cst.Module([]).code_for_node(alias.name))
    return names


def _skip_reason(function: cst.FunctionDef) -> str | None:
    if function.asynchronous is not None:
        return "async"
    if function.decorators:
        return "decorated"
    if function.get_docstring() is None:
        return "no-docstring"
    returns = _Returns()
    function.body.visit(returns)
    if returns.yields:
        return "generator"
    if not returns.returns_value:
        return "no-return-value"
    return None


def functions_of(source_id: str, text: str, result: StageResult) -> Iterator[Record]:
    try:
        module = cst.parse_module(text)
    except (cst.ParserSyntaxError, RecursionError) as exc:
        result.entered[SOURCE] += 1  # a source we cannot read counts as one item in, one dropped
        result.drop({"id": source_id, "name": None}, "unparsable-source", str(exc).splitlines()[0])
        return
    imports: list[tuple[set[str], str]] = []
    for statement in module.body:
        if isinstance(statement, cst.SimpleStatementLine):
            for small in statement.body:
                if isinstance(small, cst.Import | cst.ImportFrom):
                    imports.append((_bound_names(small), module.code_for_node(small)))
        if not isinstance(statement, cst.FunctionDef):
            continue
        name = statement.name.value
        result.entered[SOURCE] += 1
        code = module.code_for_node(statement.with_changes(leading_lines=())).strip("\n") + "\n"
        record = {"id": content_hash(source_id, name), "name": name, "source": source_id}
        reason = _skip_reason(statement)
        if reason:
            result.drop(record, reason)
            continue
        names = _Names()
        statement.visit(names)
        needed = [line for bound, line in imports if bound & names.names]
        if needed:
            code = "\n".join(needed) + "\n\n\n" + code
        yield record | {"id": content_hash(code), "code": code}


def _normalised(code: str) -> str:
    return re.sub(r"\s+", " ", code).strip()


def collect(paths: list[str], column: str = "content") -> StageResult:
    result = StageResult()
    seen: dict[str, str] = {}
    for path in paths:
        for source_id, text, problem in _texts(Path(path), column):
            if text is None:  # a source with no text to read counts as one item in, one dropped
                result.entered[SOURCE] += 1
                reason, _, detail = problem.partition(": ")
                result.drop({"id": source_id, "name": None}, reason, detail)
                continue
            for record in functions_of(source_id, text, result):
                key = content_hash(_normalised(record["code"]))
                if key in seen:
                    result.drop(record, "duplicate", f"same code as {seen[key]}")
                    continue
                seen[key] = f"{record['source']}:{record['name']}"
                result.kept.append(record)
    return result
