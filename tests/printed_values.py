"""Every value the corpus's harnesses print, in every installed language: what testcompiler.run.readback reads
(each check's observed value, each failing check's actual one), kept in tests/printed_values.jsonl as
[language, text] lines for tests/test_readback.py. Written again by

    python tests/printed_values.py     (every corpus solution and mutant, observed and self-checking)

where a harness changes how it prints; a language whose runtime is missing keeps its lines from before."""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import PROBLEMS, compiled, installed, mutants, solution

from emitters import Emitter
from ir import Value
from testcompiler import expectations, observed_program
from testcompiler.api import program
from testcompiler.run import judge, readback
from testcompiler.run.executor import Expect
from testcompiler.run.pool import run_many

FILE = Path(__file__).with_suffix(".jsonl")


def load() -> list[tuple[str, str]]:
    return [tuple(json.loads(line)) for line in FILE.read_text(encoding="utf-8").splitlines()]  # type: ignore[misc]


def main() -> None:
    seen: set[tuple[str, str]] = set()
    lock = threading.Lock()
    read = readback.read_value

    def recording(emitter: Emitter, text: str) -> Value | None:
        with lock:
            seen.add((emitter.name, text))
        return read(emitter, text)

    readback.read_value = recording  # type: ignore[assignment]
    judge.read_value = recording  # type: ignore[assignment]
    jobs: list[tuple[Emitter, str, Expect]] = []
    ran = set()
    for emitter in installed():
        name = emitter.name
        ran.add(name)
        for problem in PROBLEMS:
            c = compiled(problem, name)
            for stem in ["ref", *mutants(problem, name)]:
                text = solution(problem, name, stem)
                jobs.append((emitter, observed_program(c, text), expectations(c)))
                if stem != "ref":
                    jobs.append((emitter, program(c, text), len(c.checks)))
    run_many(jobs, 30.0)
    kept = {(name, text) for name, text in load() if name not in ran} if FILE.exists() else set()
    lines = [json.dumps([name, text], ensure_ascii=False) for name, text in sorted(seen | kept)]
    FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} values, {len(ran)} languages run", file=sys.stderr)


if __name__ == "__main__":
    main()
