"""What flows between stages: plain JSON records, and what each stage keeps and drops.

A record is a dict so that every stage's output is one JSONL file anyone can read. A function record
carries ``id`` (a content hash), ``source``, ``name`` and ``code``; later stages add fields. A candidate
record (one translation) adds ``function_id``, ``language``, ``prompt`` and ``completion``.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

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


CRASH_ENV = "TESTCOMPILER_CRASH_AT"  # fault injection for the crash-safety tests; unset: off
_writes: Counter[str] = Counter()


def crash_point(path: Path, fh: IO[str], torn: str = "") -> None:
    """Kill this process (SIGKILL) half-way through a write, when ``TESTCOMPILER_CRASH_AT`` says so.

    The tests need a kill *while* a file is written, which no outside observer can time. The variable holds
    ``NAME`` or ``NAME@N``: the N-th write (default the first) to a file whose path ends with NAME dies
    after ``torn`` (the first part of a line) and what was already written reached the file. A write is one
    ``write_jsonl`` or ``write_json`` call (cut after its first line, or half its text) or one line
    appended to the answer cache (cut half-way). Unset, this is one dictionary lookup.
    """
    spec = os.environ.get(CRASH_ENV)
    if not spec:
        return
    name, _, nth = spec.partition("@")
    if not str(path).endswith(name):
        return
    _writes[name] += 1
    if _writes[name] == int(nth or 1):
        fh.write(torn)
        fh.flush()
        os.kill(os.getpid(), signal.SIGKILL)


def write_jsonl(path: Path, records: Iterable[Record]) -> None:
    """Into a temporary file, renamed over ``path`` when complete: a reader (or a resumed run) sees the old
    file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(next(lines, ""))
        crash_point(path, fh)
        fh.writelines(lines)
    tmp.replace(path)


def write_json(path: Path, data: Any) -> None:
    """A JSON document written like ``write_jsonl``: whole or not at all (state, funnels, reports)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    text = json.dumps(data, indent=2)
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(text[: len(text) // 2])
        crash_point(path, fh)
        fh.write(text[len(text) // 2 :])
    tmp.replace(path)


def read_jsonl(path: Path) -> Iterator[Record]:
    """Records, one JSON object a line; anything else is bad input, named by file and line."""
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}:{exc.colno}: not JSON: {exc.msg}") from None
                if not isinstance(record, dict):
                    kind = type(record).__name__
                    raise ValueError(f"{path}:{number}:1: not a JSON object (a record) but {kind}")
                yield record
