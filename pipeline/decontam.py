"""Decontamination: is a function a copy, or a near copy, of a benchmark solution?

Two tests, as MultiPL-T should have had: exact substring matching on whitespace-normalised code (either way
round), and MinHash LSH over token n-grams (datasketch) for near copies with renamed variables or edits.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path

from datasketch import MinHash, MinHashLSH

from testcompiler.humaneval import problems

_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|\d+|\S")
_FIELDS = ("canonical_solution", "solution", "code", "content", "prompt")


def tokens(code: str) -> list[str]:
    return _TOKEN.findall(code)


def normalised(code: str) -> str:
    return " ".join(tokens(code))


def minhash(code: str, n: int, num_perm: int) -> MinHash:
    words = tokens(code)
    grams = {" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}
    m = MinHash(num_perm=num_perm)
    for g in grams:
        m.update(g.encode())
    return m


def benchmark_texts(path: Path) -> list[tuple[str, str]]:
    """(id, code) of each item of a benchmark file: a .py file, or JSON/JSONL records (optionally gzipped)."""
    if path.suffix == ".py":
        return [(path.name, path.read_text(encoding="utf-8"))]
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        text = fh.read()
    records = (
        json.loads(text)
        if text.lstrip().startswith("[")
        else [json.loads(x) for x in text.splitlines() if x.strip()]
    )
    items = []
    for i, record in enumerate(records):
        parts = [str(record[f]) for f in _FIELDS if isinstance(record, dict) and record.get(f)]
        if not parts:
            raise ValueError(f"{path}: record {i} has none of the fields {', '.join(_FIELDS)}")
        # The prompt alone and prompt + solution: a function may copy either.
        items.append((str(record.get("task_id", record.get("name", i))), "\n".join(parts)))
    return items


@dataclass
class Decontaminator:
    ngram: int = 5
    threshold: float = 0.6
    num_perm: int = 128
    min_substring: int = 40

    def __post_init__(self) -> None:
        self.lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)
        self.texts: dict[str, str] = {}

    def add(self, item_id: str, code: str) -> None:
        if item_id in self.texts:
            item_id = f"{item_id}~{len(self.texts)}"
        self.texts[item_id] = normalised(code)
        self.lsh.insert(item_id, minhash(code, self.ngram, self.num_perm))

    def add_humaneval(self) -> None:
        for p in problems():
            self.add(p.task_id, p.prompt + p.canonical_solution)

    def match(self, code: str) -> tuple[str, str] | None:
        """(reason, benchmark item) when ``code`` is contaminated, else None."""
        text = normalised(code)
        body = normalised(_body_of(code))
        for item_id, bench in self.texts.items():
            if len(body) >= self.min_substring and body in bench:
                return "contaminated-exact", item_id
            if len(bench) >= self.min_substring and bench in text:
                return "contaminated-exact", item_id
        near = self.lsh.query(minhash(code, self.ngram, self.num_perm))
        if near:
            return "contaminated-near", sorted(near)[0]
        return None


def _body_of(code: str) -> str:
    """The function without its header and docstring: what a copied solution shares with the benchmark."""
    lines = code.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("def ")]
    body = lines[starts[-1] + 1 :] if starts else lines
    text = "\n".join(body)
    return re.sub(r'^\s*(""".*?"""|\'\'\'.*?\'\'\')', "", text, count=1, flags=re.S)
