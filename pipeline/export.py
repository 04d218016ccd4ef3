"""Stage 8, export: training records as JSONL and as a ``datasets`` dataset saved to disk.

``content`` is the whole target-language function (prompt + completion), what a model is fine-tuned on.
Provenance travels with it: the source function, the language, the Python suite, the compiled tests and
the function's pass rate, so any item can be checked again with ``testcompiler run``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from pipeline.records import Record, StageResult, write_jsonl

FIELDS = (
    "id",
    "content",
    "language",
    "name",
    "source",
    "function_id",
    "suite",
    "tests",
    "checks",
    "pass_rate",
)


def training_record(r: Record) -> Record:
    return {
        "id": r["id"],
        "content": r["prompt"] + r["completion"],
        "language": r["language"],
        "name": r["name"],
        "source": r["source"],
        "function_id": r["function_id"],
        "suite": r["suite"],
        "tests": r["tests"],
        "checks": r["checks"],
        "pass_rate": r["pass_rate"],
    }


def export(records: list[Record], out: Path) -> StageResult:
    """Writes ``out/train.jsonl`` and ``out/dataset`` (``datasets.load_from_disk``)."""
    from datasets import Dataset, Features, Value

    result = StageResult()
    result.count_in(records)
    result.kept = [training_record(r) for r in sorted(records, key=lambda r: (r["language"], r["id"]))]
    write_jsonl(out / "train.jsonl", result.kept)
    features = Features(
        {
            f: Value("int64") if f == "checks" else Value("float64") if f == "pass_rate" else Value("string")
            for f in FIELDS
        }
    )
    columns = {f: [r[f] for r in result.kept] for f in FIELDS}
    # Saved beside, then swapped in: a run killed while saving leaves the old dataset or none, never half
    target, fresh, old = out / "dataset", out / "dataset.tmp", out / "dataset.old"
    for leftover in (fresh, old):
        shutil.rmtree(leftover, ignore_errors=True)
    Dataset.from_dict(columns, features=features).save_to_disk(str(fresh))
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return result
