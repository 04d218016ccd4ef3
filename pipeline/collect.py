"""Stage 1, collect: Python sources -> top-level functions with a docstring that return a value.

Each function keeps the module's imports that it uses, so it stands alone. Exact duplicates (same code up to
whitespace) are dropped, the first one kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import libcst as cst

from emitters import SOURCE
from pipeline.records import Record, StageResult, content_hash


class SourceError(ValueError):
    pass


def _texts(path: Path, column: str) -> Iterator[tuple[str, str]]:
    """(source id, Python text) for every source behind ``path``."""
    if not path.exists():
        raise SourceError(f"{path}: no such file or directory")
    if path.is_dir() and (path / "dataset_info.json").exists():
        from datasets import load_from_disk

        dataset = load_from_disk(str(path))
        if column not in dataset.column_names:
            raise SourceError(f"{path}: no column {column!r} (columns: {', '.join(dataset.column_names)})")
        for i, text in enumerate(dataset[column]):
            yield f"{path.name}#{i}", text
    elif path.is_dir():
        for file in sorted(path.rglob("*.py")):
            yield str(file.relative_to(path)), file.read_text(encoding="utf-8", errors="replace")
    elif path.suffix == ".py":
        yield path.name, path.read_text(encoding="utf-8", errors="replace")
    elif path.name.endswith((".jsonl", ".json", ".jsonl.gz", ".json.gz", ".parquet")):
        from datasets import Dataset

        loader = Dataset.from_parquet if path.suffix == ".parquet" else Dataset.from_json
        dataset = loader(str(path))
        if column not in dataset.column_names:
            raise SourceError(f"{path}: no column {column!r} (columns: {', '.join(dataset.column_names)})")
        for i, text in enumerate(dataset[column]):
            yield f"{path.name}#{i}", text
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
        for source_id, text in _texts(Path(path), column):
            for record in functions_of(source_id, text or "", result):
                key = content_hash(_normalised(record["code"]))
                if key in seen:
                    result.drop(record, "duplicate", f"same code as {seen[key]}")
                    continue
                seen[key] = f"{record['source']}:{record['name']}"
                result.kept.append(record)
    return result
