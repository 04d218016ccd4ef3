"""What flows between stages: plain JSON records, and what each stage keeps and drops.

A record is a dict so that every stage's output is one JSONL file anyone can read. A function record
carries ``id`` (a content hash), ``source``, ``name`` and ``code``; later stages add fields. A candidate
record (one translation) adds ``function_id``, ``language``, ``prompt`` and ``completion``.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from emitters import SOURCE

Record = dict[str, Any]


def content_hash(*parts: object) -> str:
    """A stable short hash of JSON-able parts: ids for records, keys for finished work."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def language_of(record: Record) -> str:
    return str(record.get("language", SOURCE))


@dataclass
class StageResult:
    """A stage's output. Every record that entered and did not come out is in ``dropped`` with a reason."""

    kept: list[Record] = field(default_factory=list)
    dropped: list[Record] = field(default_factory=list)
    entered: Counter[str] = field(default_factory=Counter)  # per language
    extras: dict[str, list[Record]] = field(default_factory=dict)  # more tables to keep: name -> records
    notes: dict[str, Any] = field(default_factory=dict)  # stage-wide counts that are not records

    def drop(self, record: Record, reason: str, detail: str = "") -> None:
        self.dropped.append(
            {
                "id": record.get("id"),
                "name": record.get("name"),
                "language": language_of(record),
                "reason": reason,
                "detail": detail[:500],
            }
        )

    def count_in(self, records: Iterable[Record]) -> None:
        for r in records:
            self.entered[language_of(r)] += 1

    def funnel(self) -> dict[str, dict[str, Any]]:
        """Per language: how many entered, how many left, and the drops by reason."""
        left = Counter(language_of(r) for r in self.kept)
        reasons: dict[str, Counter[str]] = {}
        for d in self.dropped:
            reasons.setdefault(d["language"], Counter())[d["reason"]] += 1
        out: dict[str, dict[str, Any]] = {}
        for lang in sorted(set(self.entered) | set(left) | set(reasons)):
            out[lang] = {
                "in": self.entered[lang],
                "out": left[lang],
                "dropped": dict(sorted(reasons.get(lang, Counter()).items())),
            }
        return out


def write_jsonl(path: Path, records: Iterable[Record]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    tmp.replace(path)  # a reader never sees half a file


def read_jsonl(path: Path) -> Iterator[Record]:
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: not JSON: {exc.msg}") from None
