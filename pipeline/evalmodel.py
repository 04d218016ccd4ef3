"""Evaluate a model on a benchmark this toolkit compiled: completions, MultiPL-E files, pass@k.

HumanEval is compiled to each language with our compiler; the model completes each prompt ``n`` times
(cut at the language's stop tokens); the completions are written as MultiPL-E completion files
(``<name>.json.gz``) and run by the executor, which writes MultiPL-E result files beside them
(``<name>.results.json.gz``); pass@k uses MultiPL-E's unbiased estimator.

The ``dev`` split (a fixed fifth of the problems, by a hash of their id) is for choosing epochs or
checkpoints; ``test`` is the rest. MultiPL-T chose epochs on HumanEval itself.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

from emitters import get_emitter
from pipeline.config import EvaluateConfig, ModelConfig
from pipeline.llm import Backend, CachedBackend, Sampling, make_backend
from pipeline.progress import bar
from testcompiler.frontend import FrontendError
from testcompiler.humaneval import problems
from testcompiler.humaneval_cmd import compile_problem
from testcompiler.run.evaluate import evaluate, load, pass_at_k, write_json_gz
from testcompiler.run.pool import default_jobs

SPLITS = ("all", "dev", "test")


def in_split(task_id: str, split: str) -> bool:
    if split == "all":
        return True
    dev = int(hashlib.sha256(task_id.encode()).hexdigest(), 16) % 5 == 0
    return dev if split == "dev" else not dev


def benchmark_records(
    benchmark: str, language: str, split: str = "all", limit: int = 0
) -> list[dict[str, Any]]:
    """MultiPL-E records (name, language, prompt, tests, stop_tokens) of the benchmark in ``language``."""
    if benchmark != "humaneval":
        raise ValueError(f"unknown benchmark {benchmark!r} (known: humaneval)")
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r} (known: {', '.join(SPLITS)})")
    emitter = get_emitter(language)
    records = []
    for problem in problems():
        if not in_split(problem.task_id, split):
            continue
        try:
            compiled = compile_problem(problem, emitter)
        except FrontendError:
            continue  # HumanEval/32, 38, 50 test only in loops: nothing to compile (see the README)
        if not compiled.checks:
            continue
        fields = ("name", "language", "prompt", "tests", "checks", "stop_tokens")
        records.append({k: v for k, v in compiled.to_record().items() if k in fields})
    return records[:limit] if limit else records


def evaluate_model(
    model: ModelConfig,
    languages: list[str],
    config: EvaluateConfig,
    out: Path,
    backend: Backend | None = None,
) -> dict[str, Any]:
    """Writes ``out/<lang>/*.json.gz`` (completions), ``*.results.json.gz`` and ``out/report.json``."""
    llm = CachedBackend(model, out / "cache.jsonl", (lambda _: backend) if backend else make_backend)
    sampling_base = Sampling(config.n, config.temperature, config.top_p, config.max_new_tokens)
    ks = tuple(k for k in (1, 10, 100) if k <= config.n)
    report: dict[str, Any] = {
        "model": model.name, "benchmark": config.benchmark, "split": config.split, "n": config.n,
        "temperature": config.temperature, "token_healing": model.token_healing, "languages": {},
    }  # fmt: skip
    for language in languages:
        records = benchmark_records(config.benchmark, language, config.split, config.limit)
        sampling = dataclasses.replace(
            sampling_base, stop=tuple(records[0]["stop_tokens"]) if records else ()
        )
        with bar(f"evaluate {language}: generating", len(records)) as advance:
            completions = llm.generate([r["prompt"] for r in records], sampling, advance)
        folder = out / language
        for record, texts in zip(records, completions, strict=True):
            write_json_gz(
                folder / f"{record['name']}.json.gz",
                record | {"completions": texts, "temperature": config.temperature, "top_p": config.top_p,
                          "max_tokens": config.max_new_tokens},
            )  # fmt: skip
        problems, _ = load(folder, None)  # every file here was written just above
        evaluate(problems, None, config.timeout, default_jobs())
        scores = pass_at_k(folder, ks)
        report["languages"][language] = {
            k: v for k, v in scores.items() if k == "problems" or k.startswith("pass@")
        }
    (out / "report.json").write_text(json.dumps(report, indent=2))
    return report
