"""The GPU check's generation phase: ``evaluate-model`` in miniature, through the pipeline's ``HFBackend``.

The device image has torch and transformers but neither this project's compiler dependencies (libcst) nor
a Lua interpreter, so the prompts come from a file compiled here (``bench/data/humaneval-lua.jsonl``, the
first 40 HumanEval problems as ``benchmark_records`` gives them; ``python bench/gpu_generate.py`` writes it
again) and the completions are written as one JSONL file of MultiPL-E completion records. pass@1 is scored
in the same run where the executor and the interpreter are there (a CPU machine of this project), and is
left ``null`` with the reason elsewhere; ``testcompiler evaluate FILE -o DIR && testcompiler passk DIR``
scores that file later on any machine that has them.

Tokens per second counts the tokens ``model.generate`` produced (padding after a finished sequence left
out) over the seconds spent inside it; the wall time covers the whole call, tokenizing and healing included.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PROMPTS = ROOT / "bench" / "data" / "humaneval-lua.jsonl"


class CountingGenerate:
    """Stands in front of ``model.generate``: the same call, timed, its new tokens counted."""

    def __init__(self, generate: Any, pad: int | None) -> None:
        self.generate = generate
        self.pad = pad
        self.tokens = 0  # generated tokens, padding after a finished sequence left out
        self.positions = 0  # rows x generated length: what the model computed
        self.seconds = 0.0
        self.calls = 0

    def __call__(self, **kwargs: Any) -> Any:
        import torch

        start = time.perf_counter()
        out = self.generate(**kwargs)
        if torch.cuda.is_available():
            torch.cuda.synchronize()
        self.seconds += time.perf_counter() - start
        self.calls += 1
        new = out[:, kwargs["input_ids"].shape[1] :]
        self.positions += int(new.numel())
        self.tokens += int((new != self.pad).sum().item()) if self.pad is not None else int(new.numel())
        return out


def score(completions: Path, language: str, timeout: float) -> tuple[float | None, str]:
    """(pass@1, "") where the executor and the language's interpreter are here, else (None, the reason)."""
    try:
        from emitters import get_emitter
        from testcompiler.run.evaluate import evaluate, load, pass_at_k
        from testcompiler.run.executor import interpreter
        from testcompiler.run.pool import default_jobs

        interpreter(get_emitter(language))
        with tempfile.TemporaryDirectory() as tmp:
            problems, rejected = load(completions, Path(tmp))
            if rejected:
                return None, f"{len(rejected)} completion record(s) rejected: {rejected[0]}"
            evaluate(problems, None, timeout, default_jobs())
            return float(pass_at_k(Path(tmp), (1,))["pass@1"]), ""
    except Exception as exc:  # any missing piece only means "not scored here", said why
        return None, f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:300]


def generate_phase(
    model: Path, prompts: Path, count: int, max_new_tokens: int, completions: Path, timeout: float = 10.0
) -> dict[str, Any]:
    """Loads ``model`` with ``HFBackend`` (bf16 on a GPU), completes ``count`` prompts once each at
    evaluate-model's temperature, writes the completion records, and scores them where it can."""
    from pipeline.config import ModelConfig
    from pipeline.llm import HFBackend, Sampling
    from pipeline.records import read_jsonl

    records = list(read_jsonl(prompts))[:count]
    if not records:
        raise ValueError(f"{prompts}: no prompts")
    language = str(records[0]["language"])
    start = time.perf_counter()
    backend = HFBackend(ModelConfig(backend="hf", name=str(model), batch_size=len(records)))
    load_seconds = time.perf_counter() - start
    counter = CountingGenerate(backend.model.generate, backend.tokenizer.pad_token_id)
    backend.model.generate = counter  # instance attribute: HFBackend calls self.model.generate
    sampling = Sampling(
        n=1, temperature=0.2, top_p=0.95, max_new_tokens=max_new_tokens, stop=tuple(records[0]["stop_tokens"])
    )
    start = time.perf_counter()
    texts = backend.generate([str(r["prompt"]) for r in records], sampling)
    wall = time.perf_counter() - start
    completions.parent.mkdir(parents=True, exist_ok=True)
    with completions.open("w", encoding="utf-8") as fh:
        for record, answers in zip(records, texts, strict=True):
            line = record | {"completions": answers, "temperature": 0.2, "top_p": 0.95}
            fh.write(json.dumps(line | {"max_tokens": max_new_tokens}) + "\n")
    start = time.perf_counter()
    pass1, why = score(completions, language, timeout)
    return {
        "model": str(model), "language": language, "prompts": len(records), "n": 1, "temperature": 0.2,
        "max_new_tokens": max_new_tokens, "batch": len(records), "dtype": str(backend.model.dtype),
        "device": backend.device, "load_seconds": round(load_seconds, 3),
        "wall_seconds": round(wall, 3), "generate_seconds": round(counter.seconds, 3),
        "tokens": counter.tokens, "positions": counter.positions,
        "tokens_per_second": round(counter.tokens / counter.seconds, 1) if counter.seconds else None,
        "pass@1": pass1, "pass@1_unscored_because": why or None,
        "score_seconds": round(time.perf_counter() - start, 3), "completions": str(completions),
    }  # fmt: skip


def write_prompts(path: Path = PROMPTS, limit: int = 40) -> int:
    """The prompts file, from this project's compiler (needs the full environment, not the device's), in the
    language its name ends with (humaneval-<key>.jsonl)."""
    sys.path.insert(0, str(ROOT))
    from pipeline.evalmodel import benchmark_records

    language = path.stem.rsplit("-", 1)[1]

    records = benchmark_records("humaneval", language, "all", limit)
    path.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in records))
    return len(records)


if __name__ == "__main__":
    print(f"{PROMPTS}: {write_prompts()} records")
